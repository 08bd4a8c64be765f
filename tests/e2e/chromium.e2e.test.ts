import { describeClaimLensIn } from './claimlens-suite';
import { launchChromium } from './launch-chromium';

describeClaimLensIn('chromium', launchChromium);
