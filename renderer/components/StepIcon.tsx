import {
  IconAlertTriangle, IconBook, IconBriefcase, IconBuildingStore, IconBulb, IconCalculator, IconCalendar, IconCash, IconChartLine, IconCheck,
  IconClock, IconCoins, IconEar, IconFileCv, IconFlag, IconHeart, IconHeartHandshake, IconHome, IconLungs, IconMap, IconMessage,
  IconMicrophone, IconMoodSad, IconMoodSmile, IconPhone, IconPlane, IconPlant, IconQuestionMark, IconScale, IconSchool, IconScissors,
  IconShield, IconStairs, IconStar, IconTarget, IconTool, IconTruck, IconUser, IconUsers, IconWorld, type Icon, type IconProps,
} from '@tabler/icons-react';
import type { StepIcon as StepIconName } from '../../shared/content/icons';

const ICONS: Record<StepIconName, Icon> = {
  star: IconStar, heart: IconHeart, smile: IconMoodSmile, 'mood-sad': IconMoodSad, users: IconUsers, user: IconUser,
  handshake: IconHeartHandshake, speech: IconMessage, microphone: IconMicrophone, ear: IconEar, briefcase: IconBriefcase,
  tool: IconTool, school: IconSchool, book: IconBook, 'file-cv': IconFileCv, phone: IconPhone, map: IconMap, home: IconHome,
  plane: IconPlane, world: IconWorld, cash: IconCash, coins: IconCoins, calculator: IconCalculator, chart: IconChartLine,
  shop: IconBuildingStore, truck: IconTruck, plant: IconPlant, scissors: IconScissors, bulb: IconBulb, target: IconTarget,
  shield: IconShield, clock: IconClock, calendar: IconCalendar, check: IconCheck, question: IconQuestionMark, alert: IconAlertTriangle,
  flag: IconFlag, stairs: IconStairs, lungs: IconLungs, scale: IconScale,
};

/** A content pictogram, drawn from the app's one icon set; decorative (the text always says the same). */
export function StepIcon({ name, ...props }: IconProps & { name: StepIconName }) {
  const Component = ICONS[name];
  return <Component aria-hidden {...props} />;
}
