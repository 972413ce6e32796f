/** The notebook's addresses, in one place for its pages and the links to it. */
export const notebookPaths = {
  home: '/notes',
  add: '/notes/new',
  compare: '/notes/compare',
  entry: (id: string) => `/notes/${id}`,
};
