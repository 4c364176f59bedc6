import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run dev` opened at either loopback name keeps hot reload (Next blocks other origins).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  // Loaded from node_modules at run time: PGlite ships its WebAssembly and data files beside its
  // code, and pg has optional native bindings; neither survives bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
};

export default nextConfig;
