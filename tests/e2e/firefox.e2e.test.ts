import { describeClaimLensIn } from './claimlens-suite';
import { launchFirefox } from './launch-firefox';

describeClaimLensIn('firefox', launchFirefox);
