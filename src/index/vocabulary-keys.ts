/** Fuse keys of the vocabulary index: each document is `{ w: word }`. Shared by the compiler and the runtime. */
export const VOCABULARY_KEYS = ['w'];
