// The module whose exports the worker registers as workflows, bundled by Temporal at start. The
// relative path is the same from the sources and from dist/ (aliases are not rewritten in strings).
export const WORKFLOWS_PATH = require.resolve('../../../libs/workflows/src/workflows');
