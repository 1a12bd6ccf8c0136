import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new forward-only SQL migration into src/store/migrations from the
// difference between src/store/schema.ts and the last snapshot. Never edit a generated migration.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './src/store/migrations',
});
