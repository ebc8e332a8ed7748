/**
 * Is the quote at `index` a music file or song name rather than overlay text? ("add the song
 * 'lofi.mp3'", "music called “Summer”"). Shared by the text and audio rules so a quote is read once.
 */
const AUDIO_FILE = /\.(?:mp3|wav|m4a|aac|ogg|flac|opus)$/i;
const MUSIC_BEFORE = /(?:music|song|track|bgm|soundtrack|tune|beat|音乐|歌曲?|配乐)[\s\u0001]*(?:called|named|titled|by|:)?[\s\u0001]*$/;

export function isMusicQuote(c: string, index: number, quote: string): boolean {
  return AUDIO_FILE.test(quote.trim()) || MUSIC_BEFORE.test(c.slice(Math.max(0, index - 30), index));
}
