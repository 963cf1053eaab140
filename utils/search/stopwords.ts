/**
 * English words that carry no topic in a support question. Includes chat filler ("hi", "pls", "thx") and
 * apostrophe-less contractions, because the tokenizer joins "don't" into "dont".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can cannot could did do does doing done down during each either else ever every few for ' +
    'from further get gets getting got had has have having he her here hers herself him himself his how however i ' +
    'if in into is it its itself just let lets like me might mine more most much must my myself neither no nor not ' +
    'now of off on once only or other ought our ours ourselves out over own per please pls plz same shall she should ' +
    'so some such than that the their theirs them themselves then there these they this those though through thus ' +
    'to too under until up upon us very via was we were what whatever when where whether which while who whom whose ' +
    'why will with within without would yet you your yours yourself yourselves ' +
    'dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent hasnt havent hadnt im ive id ' +
    'youre youve youd theyre weve thats whats wheres hows theres its ' +
    'hi hello hey hiya dear thanks thank thx ty cheers regards kind ok okay yes yeah oh hmm ' +
    'u ur ya yo lol btw also really still anyone someone something anything thing things way'
  ).split(' '),
);
