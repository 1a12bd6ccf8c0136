// The tables routes may name when reading one record through getRecord (find-records.ts).
export { contacts as contactsTable, contracts as contractsTable } from '../store/schema.ts';
