/**
 * The names of the PDFs `npm run export` writes into `dist/pdf/` (scripts/export-pdf.mjs writes
 * the same names; a browser test checks they agree). Pages link to them in a list the export
 * reveals, keeping only the files it wrote.
 */
export const pdfFiles = {
  slides: (course: string, bijeenkomst: string) => `${course}-${bijeenkomst}-slides.pdf`,
  guide: (course: string) => `${course}-gids.pdf`,
  materials: (course: string, bijeenkomst: string) => `${course}-${bijeenkomst}-materiaal.pdf`,
  participantsMap: (course: string) => `${course}-deelnemersmap.pdf`,
};
