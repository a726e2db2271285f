import type { ChannelText } from '../initiations/channel.port';

/** The words of the SMS channel's report (the seeds'). */
export const SMS_TEXT: ChannelText = { noun: 'SMS messages', error: 'Initiation failed', verb: 'SMS' };
