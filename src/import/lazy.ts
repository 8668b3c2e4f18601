/*
 * What the browser's spreadsheet import needs, as one chunk loaded on the first import:
 * the workbook reader and its zip and XML code stay out of the first download.
 */
export { joinProcedures, officialProcedures } from './importWorkbook';
export { readTableFile } from './readTableFile';
export { readWorkbook } from './workbook';
export { documentFromTable, readTable } from '../model/commands/paste';
