/** The slug a reference gives: DIGIT/COM/2024/461 becomes digit-com-2024-461. */
export function slugOfReference(reference: string): string {
  return reference
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
