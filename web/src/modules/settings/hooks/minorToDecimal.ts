/** The policy's minimum balance arrives in minor units ("10000"); the editor sends a decimal ("100.00"). */
export function minorToDecimal(minor: string): string {
  const digits = minor.replace('-', '').padStart(3, '0');
  return `${minor.startsWith('-') ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
