import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded from node_modules at run time: PGlite ships its WebAssembly and data files beside its
  // code, and pg has optional native bindings; neither survives bundling.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
};

export default nextConfig;
