import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    // The API serves the built app itself; in development Vite serves the app and forwards the API.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
