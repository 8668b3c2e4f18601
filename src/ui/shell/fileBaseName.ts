/** A file's name without its folder and spreadsheet/SOP extension, as the name of the SOP made from it. */
export function fileBaseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.(sop\.json|json|xlsx|csv|tsv)$/i, '').trim() || base;
}
