import sharp from 'sharp';
const [i,o,w]=process.argv.slice(2); await sharp(i).resize({width:Number(w),kernel:'lanczos3'}).png().toFile(o);
