import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The collector's workspace: built to web/dist and served by the API server; in dev, /api goes to :3000. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/ical': 'http://localhost:3000' } },
});
