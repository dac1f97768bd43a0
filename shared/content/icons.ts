/** Pictograms a lesson step may name; the renderer maps each to one icon of the app's single icon set. */
export const STEP_ICONS = [
  'star', 'heart', 'smile', 'mood-sad', 'users', 'user', 'handshake', 'speech', 'microphone', 'ear',
  'briefcase', 'tool', 'school', 'book', 'file-cv', 'phone', 'map', 'home', 'plane', 'world',
  'cash', 'coins', 'calculator', 'chart', 'shop', 'truck', 'plant', 'scissors', 'bulb', 'target',
  'shield', 'clock', 'calendar', 'check', 'question', 'alert', 'flag', 'stairs', 'lungs', 'scale',
] as const;
export type StepIcon = (typeof STEP_ICONS)[number];
