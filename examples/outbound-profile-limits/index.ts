// An outbound voice profile for a call center: where agents may call, how much they may spend a day, how many calls at
// once, when, and which calls are recorded.
import * as telnyx from "pulumi-telnyx-sip";

const profile = new telnyx.OutboundVoiceProfile("call-center", {
  whitelistedDestinations: ["US", "CA", "GB"],
  concurrentCallLimit: 25,
  dailySpendLimit: "250.00",
  dailySpendLimitEnabled: true,
  maxDestinationRate: 0.05, // USD per minute: blocks premium-rate destinations
  callRecording: {
    callRecordingType: "by_caller_phone_number",
    callRecordingCallerPhoneNumbers: ["+13125550100", "+13125550101"],
    callRecordingChannels: "dual",
    callRecordingFormat: "mp3",
  },
  // 08:00-20:00 US Central (CST), in UTC; at most 3 attempts per called number in the window.
  callingWindow: { startTime: "14:00", endTime: "02:00", callsPerCld: 3 },
  tags: ["call-center"],
});

export const profileId = profile.id;
export const profileName = profile.name;
