/**
 * What only some launches need to read suspend_data, in one chunk loaded on demand: an inflater for
 * browsers without DecompressionStream('deflate-raw') (before 2023), and the decoder of the earlier
 * lz-string format (`L1:`). No page loads it otherwise, so it stays out of the page budgets.
 */
export { default as tinyInflate } from 'tiny-inflate';
export { decompressFromEncodedURIComponent } from 'lz-string';
