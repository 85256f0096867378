import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // jsdiff (used by the domain's version diff, which only the API runs) does not declare itself free of side
      // effects, so its module-level setup would land in the main chunk although nothing in the app calls it.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?diff[\\/]/.test(id),
      },
    },
  },
  server: {
    port: 5173,
    // The API serves the built app itself; in development Vite serves the app and forwards the API.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
