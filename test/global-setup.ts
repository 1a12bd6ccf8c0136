import { prepareTemplate } from './helpers/test-db.ts';

/** Migrates one template database before the run; every test file then starts from a copy of it. */
export default async function setup() {
  await prepareTemplate();
}
