/** Voyager's standalone build is typed by its typings/standalone.d.ts, which the package does not map to the file. */
declare module 'graphql-voyager/dist/voyager.standalone.js' {
  export * from 'graphql-voyager/typings/standalone';
}
