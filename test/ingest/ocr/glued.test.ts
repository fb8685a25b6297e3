import { describe, expect, it } from 'vitest';
import { splitGlued, splitRun } from '../../../src/ingest/ocr/glued.js';

describe('English words read without the space between them', () => {
  it('cuts a glued run into its likeliest words', () => {
    // a web chat shrunk to 0.6x, as PP-OCR read it
    expect(splitGlued('properlythen the customergets a new product key or refund.')).toBe('properly then the customer gets a new product key or refund.');
    expect(splitGlued('Sorry to hearthat. We are checking the code with oursupplier.')).toBe('Sorry to hear that. We are checking the code with our supplier.');
    // a sentence run on after a full stop keeps its capital
    expect(splitGlued('Thankswehaveasked oursuppliertocheckthiscode.Pleaseopenarefundrequest')).toBe('Thanks we have asked our supplier to check this code.Please open a refund request');
    expect(splitRun('hearthat')).toEqual(['hear', 'that']);
  });

  it('leaves words, names, codes, addresses and runs it cannot read as they are', () => {
    const kept = 'PixelCodes KeyNest paypal microsoft redeemable activation QXTBNWFR hypestkey.com alex.m@outlook.com steamcommunity.com/id/alexm';
    expect(splitGlued(kept)).toBe(kept);
    // OCR garbage inside ("lt" for "it") is no word: the run is left to the phrase matcher's own reading
    expect(splitGlued('wonttakeitltsaysthecodewasalreadyredeemed')).toBe('wonttakeitltsaysthecodewasalreadyredeemed');
    expect(splitRun('qxtbnwfr')).toBeUndefined();
    // a password made of words, after its label, is a secret and stays whole for masking
    expect(splitGlued('password: sunflowergarden')).toBe('password: sunflowergarden');
    expect(splitGlued('my sunflowergarden')).toBe('my sunflower garden');
  });
});
