/** Queries the tests share that are not committed operations. */

/** The peer-shaped query, as bench/run.mjs and bench/in-process.mjs send it. */
export const PEER_QUERY =
  '{ stations(first: 64) { edges { node { name talents(first: 20) { edges { node { name } } } partners(first: 10) { edges { node { name } } } } } } }';
