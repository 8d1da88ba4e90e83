/**
 * Words that name a news organisation (`The Northern Ledger`, `Seoul Herald`, `Vostochny Kurier`, `Asahi
 * Shimbun`): a masthead's, a title suffix's or a byline's site, never a person's name.
 */
import { oneOf } from '../shared/lexicon.ts';

export const NEWS_NAME = new RegExp(
  String.raw`\b(?:${oneOf`
  News|Times|Post|Daily|Express|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Mail|Star|Chronicle|Observer
  Standard|Report|Today|Press|Agency|Wire|Point|Media|Network|Online|Insider|Independent|Sun|Mirror|Globe|Review
  Monitor|Dispatch|Courier|Times|Weekly|TV|Radio|Channel|Ledger|Sentinel|Bulletin|Register|Examiner|Inquirer|Enquirer
  Beacon|Clarion|Mercury|Argus|Advertiser|Courant|Messenger|Recorder
  Kurier|Courrier|Corriere|Zeitung|Gazeta|Shimbun|Ilbo|Diario|Tageblatt|Nachrichten|Dagblad|Noticias|Jornal
`})\b|\bnews\d*\b`,
  'i',
);
