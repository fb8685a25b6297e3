// Google Chat (Android, Material 3): a top bar with the back arrow, the person's name and
// "Active" / "Away" under it, then messages grouped by sender: the other side left with a round
// avatar, the own messages right in tonal blue bubbles; a "History is on" pill and the rounded
// "Message" field with the + and send icons; `scene.dark` gives the dark theme. Reconstructed from
// the app's look.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#FFFFFF', fg: '#1F1F1F', titleBg: '#F3F6FC', titleFg: '#1F1F1F', titleWeight: 500, titleSize: 18, titleBorder: 'none',
  selfBg: '#D3E3FD', selfFg: '#041E49', otherBg: '#F0F4F9', otherFg: '#1F1F1F', radius: 18, pad: '8px 13px',
  sepFg: '#444746', sepBg: '#E9EEF6', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#F0F4F9', iconFg: '#444746', inputRadius: 24,
  noSelfAvatar: true, merchantAvatar: ['S', '#0B8043'], avatarRadius: 16, avatarSize: 32, back: '←', more: '⋮', subFg: '#0B8043',
  maxW: 258, fontSize: 15, inTime: true,
};
const dark = {
  ...light, dark: true, bg: '#131314', fg: '#E3E3E3', titleBg: '#1E1F20', titleFg: '#E3E3E3',
  selfBg: '#004A77', selfFg: '#C2E7FF', otherBg: '#282A2C', otherFg: '#E3E3E3', sepFg: '#C4C7C5', sepBg: '#282A2C',
  inputBg: '#131314', inputBorder: '#131314', inputBoxBg: '#282A2C', iconFg: '#C4C7C5', subFg: '#6DD58C',
};

export default {
  name: 'google-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
