/**
 * The allocator setting `npm start` and `npm run dev` run the server with (package.json; README,
 * memory), for the tests that start the server as a process of its own. glibc reads it only at
 * process start, so it cannot be set from inside the server.
 */
export const SERVER_MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: '131072' } as const;
