// jsdom's Blob has no stream(): the browser's CompressionStream path needs it. Node has
// ReadableStream, so give Blob a stream() built on arrayBuffer(), for component tests only.
if (typeof Blob !== 'undefined' && typeof Blob.prototype.stream !== 'function') {
  Blob.prototype.stream = function stream(this: Blob) {
    return new ReadableStream<Uint8Array>({
      start: async (controller) => {
        controller.enqueue(new Uint8Array(await this.arrayBuffer()));
        controller.close();
      },
    }) as ReturnType<Blob['stream']>;
  };
}
