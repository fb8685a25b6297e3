// Real device sizes: CSS viewport and device pixel ratio. Image size = css × dpr.

/** @type {Record<string, {width:number,height:number,dpr:number,os:'android'|'ios'|'desktop',label:string}>} */
export const DEVICES = {
  'android-1080x2400': { width: 360, height: 800, dpr: 3, os: 'android', label: 'Android 1080x2400 @3' },
  'android-1440x3200': { width: 360, height: 800, dpr: 4, os: 'android', label: 'Android 1440x3200 @4' },
  // a phone held sideways for a game (full screen, no status bar)
  'android-2400x1080-land': { width: 800, height: 360, dpr: 3, os: 'android', label: 'Android landscape 2400x1080 @3' },
  'iphone-1170x2532': { width: 390, height: 844, dpr: 3, os: 'ios', label: 'iPhone 1170x2532 @3' },
  'iphone-750x1334': { width: 375, height: 667, dpr: 2, os: 'ios', label: 'iPhone 750x1334 @2' },
  'ipad-2360x1640': { width: 1180, height: 820, dpr: 2, os: 'ios', label: 'iPad landscape 2360x1640 @2' },
  'ipad-2048x1536': { width: 1024, height: 768, dpr: 2, os: 'ios', label: 'iPad landscape 2048x1536 @2' },
  // a book-style foldable opened flat (Galaxy Z Fold-like inner screen, nearly square)
  'fold-1812x2175': { width: 604, height: 725, dpr: 3, os: 'android', label: 'Foldable inner screen 1812x2175 @3' },
  'desktop-1920x1080': { width: 1920, height: 1080, dpr: 1, os: 'desktop', label: 'Desktop 1920x1080 @1' },
  'switch-1280x720': { width: 1280, height: 720, dpr: 1, os: 'desktop', label: 'Console capture 1280x720 @1' },
  'desktop-1366x768': { width: 1366, height: 768, dpr: 1, os: 'desktop', label: 'Desktop 1366x768 @1' },
};
