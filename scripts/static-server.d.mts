/** Types of static-server.mjs, for the TypeScript that imports it (the browser tests). */
export function startStaticServer(options: {
  dir: string;
  prefix?: string;
  port?: number;
  host?: string;
}): Promise<{ origin: string; base: string; close: () => Promise<void> }>;
