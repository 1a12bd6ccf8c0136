import { phrase } from './normalize.ts';
import type { ConductSuggestions, PhraseRule } from './types.ts';

/** English wording to offer instead of a blocked phrase (D3: clear, polite, professional). */
export const enSuggestions: ConductSuggestions = {
  insult:
    'Keep to the facts, not the people: "Invoice no. … of … for £… is … days overdue. Please pay it by …".',
  threat:
    'State only a lawful consequence: "If payment is not received by …, we will charge late payment interest under clause … and issue court proceedings".',
  'illegal-method':
    'Mention only lawful steps: a formal demand, contractual late payment charges, referral to our solicitors, a court claim.',
  shouting: 'Write calmly, in normal case and without repeated exclamation marks: "Please pay invoice no. … by …".',
  belittling: 'Do not play the debt down: "The balance is £…; please settle it by …".',
  'own-problems':
    'Talk about the client\'s obligation, not your own difficulties: "Under the contract, payment was due on …; please pay by …".',
  'apology-opening':
    'Open without apologising, in a businesslike tone: "Good morning, this is … from …. I am calling about payment of invoice no. …".',
  'vague-demand': 'State the exact amount and date: "Please pay £… on invoice no. … by …".',
};

const S = enSuggestions;

/** English phrase rules. Patterns use the language of normalize.ts: `_` word ending, `~` a gap. */
export const enRules: PhraseRule[] = [
  // U2: insults to the client's company or person.
  {
    rule: 'insult',
    practice: 'U2',
    pattern: phrase(
      'stupid(?:ity)?|idiot_|moron_|imbecile_|cretin_|dumb(?:ass)?|brainless|half-?wits?|numbskull_|nitwit_|dimwit_|clowns?|incompetent_|retard_|' +
        'bastard_|jerks?|scum(?:bags?)?|lowlifes?|parasites?|leech(?:es)?|bloodsuckers?|losers?|deadbeats?|scammers?|crooks?|cheats|cheaters?|liars?|' +
        'thie(?:f|ves)|thieving|fraudsters?|swindlers?|con ?artists?|pathetic|amateurs|cowboys|' +
        'your useless|useless (?:lot|bunch|team|staff|company|accountants?|people)|lazy (?:lot|bunch|idiots?|people)|' +
        'illiterate|dishonest|disgusting|revolting|sickening|shameless|spineless|gutless|sleazy|shady (?:lot|company|firm|outfit|people)|dodgy|crooked|' +
        'hustlers?|charlatans?|cowboy outfit|lazy|lying (?:\\p{L}+ )?(?:piece|bunch|lot|toad|scum)|piece of (?:work|shit|garbage|trash)|' +
        'ignoramus(?:es)?|unscrupulous|shameful|disgraceful|shame on you|play(?:ing)? (?:the fool|dumb|stupid)|' +
        '(?:lost|out of) your (?:minds?|heads?)|brain[- ]dead|(?:have|has|got) no brains?|are you (?:mad|insane|crazy)|self-respecting|' +
        'bunch of (?:\\p{L}+ )?(?:idiots|clowns|amateurs|crooks|thieves|losers|muppets)|muppets?|' +
        "(?:is|are|'s|'re) (?:a |an |such a |an absolute |a complete |a total )?(?:joke|disgrace|farce|circus|shambles)",
    ),
    suggestion: S.insult,
  },

  // U3: threats: family, neighbours, employer; "we know where you live"; home visits.
  {
    rule: 'threat',
    practice: 'U3',
    pattern: phrase(
      "(?:your|their) (?:wife|husband|spouse|kids?|children|child|son|daughter|parents?(?! compan| organi[sz]ation| group)|mother|father|mum|mom|dad|" +
        'family|relatives?|neighbou?rs?|in-laws|loved ones|mother-in-law|father-in-law|brother|sister(?! compan| firm| organi)|' +
        'grandparents?|grandmother|grandfather|girlfriend|boyfriend|fianc[eé]e?|mistress)|employer(?:s|\'s)?',
    ),
    suggestion: S.threat,
  },
  {
    rule: 'threat',
    practice: 'U3',
    pattern: phrase(
      'find you (?:wherever|anywhere|even if|no matter)|you can(?:\'t|not) hide|nowhere to hide|' +
        '(?:by|outside|near|round to) your (?:house|home|flat|front door|place|building|door|gate)(?! address)|' +
        '(?:only )?(?:have|has) (?:yourself|yourselves) to blame|' +
        '(?:tonight|this evening|late at night) ~~ (?:come round|come by|pop round|drop by|pay you a visit|visit you|turn up)|' +
        '(?:come round|come by|pop round|drop by|turn up) ~~ (?:tonight|this evening)|' +
        '(?:won\'t|will not) (?:just|only) be financial|not (?:just|only) financial|' +
        '(?:we|i) know ~ (?:where (?:you|your [\\p{L}]+) (?:live|lives|sleep|go to school)|your (?:home )?address)|' +
        "(?:we've|we have) (?:got|found) your home address|" +
        '(?:come|coming|pay (?:you )?a visit|visit(?:ing)?|call round|drop by|turn up|show up|knock(?:ing)?|waiting|come round|' +
        'swing by|pop (?:round|by|over)|stop by|come by|park outside|be (?:round|over)) ~ ' +
        '(?:to |at |round |outside )?your (?:house|home|flat|door|doorstep|place|front door)(?! address)|on your doorstep',
    ),
    suggestion: S.threat,
  },
  // U3: physical harm and damage to property.
  {
    rule: 'threat',
    practice: 'U3',
    pattern: phrase(
      'something (?:bad |nasty |unfortunate )?(?:might|could|may|will) happen to (?:you|your)|' +
        "(?:warehouse|office|car|house|premises|shop|property|van|lorry) ~~ (?:caught fire|catch(?:es)? fire|burn(?:s|ed|t)? down|go(?:es)? up in (?:flames|smoke))|" +
        "burn (?:down )?your|break your (?:legs|arms|neck|bones)|(?:beat|smash) you up|kill you|" +
        "(?:you'll|you will|you're going to) (?:regret|be sorry)|watch your back|look over your shoulder|accidents happen|it would be a shame if|" +
        "(?:you'll|you will|you're going to) be in (?:serious |big |real |a lot of )?trouble|not (?:just|only) in business|" +
        "things (?:will|could|might) get (?:ugly|nasty|unpleasant)|(?:you have|you've) been warned",
    ),
    suggestion: S.threat,
  },
  // U3: publishing the debt, public shaming.
  {
    rule: 'threat',
    practice: 'U3',
    pattern: phrase(
      '(?:post|put|plaster|publish|spread|expose) ~~ (?:social media|facebook|linkedin|twitter|instagram|online|the internet|internet|the press|newspapers?|your (?:name|photo|face|details))|' +
        'name and shame|wall of shame|list of (?:debtors|bad payers|deadbeats|non-payers)|' +
        '(?:tell|inform|email|write to|let) ~ (?:all )?(?:of )?your (?:clients|customers|suppliers|partners|colleagues|business contacts)|everyone (?:will|is going to) know|' +
        '(?:write|post|talk|spread the word|tell everyone) about you ~~ (?:groups?|forums?|chats?|social|online|industry|everyone|reviews?)|' +
        'so (?:that )?everyone knows|everyone will (?:know|find out|hear)|the whole (?:industry|market|town|trade) will (?:know|hear|find out)',
    ),
    suggestion: S.threat,
  },
  // U3: seizing property without a court.
  {
    rule: 'threat',
    practice: 'U3',
    pattern: phrase(
      '(?:take|remove|seize|grab|collect|confiscate) ~~ (?:ourselves|without (?:a |any )?(?:court|judgment|court order)|no court needed)|' +
        "no court needed|(?:we'll|we will) (?:seize|confiscate|impound) ~ your|" +
        '(?:take|seize|tow|grab) ~ your (?:car|van|house|home|flat|furniture|equipment|property|stock|machinery)|' +
        '(?:take|seize|remove|grab) ~~ in lieu of (?:the )?(?:debt|payment|balance)|' +
        '(?:switch off|cut off|disconnect|take|remove|seize|lock) ~~~ without (?:going to )?(?:a |any )?court|without (?:going to )?(?:a |any )?court ~~ (?:switch off|cut off|disconnect|take|remove|seize)|' +
        "labell?ed ~ (?:'|\")?(?:debtor|bad payer|deadbeat|scammer|non-payer)|(?:photo|picture|name|details) ~~ (?:go online|published|to publish|to post)",
    ),
    suggestion: S.threat,
  },

  // U4: illegal ways of getting the money back.
  {
    rule: 'illegal-method',
    practice: 'U4',
    pattern: phrase(
      "collectors? ~~~ (?:come|coming|turn up|show up|knock|knocking|visit|pay you a visit|call round|deal with you|be there|be round|handle people like you)|" +
        'send(?:ing)? (?:round |over |in )?(?:the |our |some )?(?:debt )?collectors (?:round|over|after you|to you|to your)|set (?:the )?collectors on you|' +
        'bailiffs? (?:will )?(?:come|turn up) (?:tomorrow|tonight|round)',
    ),
    suggestion: S['illegal-method'],
  },
  {
    rule: 'illegal-method',
    practice: 'U4',
    pattern: phrase(
      '(?:friends?|contacts?|connections?|people we know|our (?:people|guys)|(?:my|our) (?:brother|sister|cousin|uncle|mate|pal|relative|brother-in-law)) ~ (?:at|in|inside|with) (?:the )?(?:tax office|tax authorit_|authorities|hmrc|irs|police|prosecutor_|customs|council|town hall|courts?)|' +
        '(?:friend|contact) of ours ~ (?:police|tax|prosecutor_|judge|customs)|' +
        '(?:arrange|organi[sz]e|set up) (?:a |an )?(?:surprise|snap|unscheduled) (?:audit|inspection|raid|visit)|' +
        '(?:find|have) (?:a |our )?ways? (?:to|of) (?:deal(?:ing)? with|handl(?:e|ing)|sort(?:ing)? out) you|' +
        '(?:one )?(?:phone )?call to the (?:police|tax|prosecutor|hmrc|customs|authorities)|' +
        "(?:don't|do not) write letters|(?:sold|passed|handed|given) (?:on )?to (?:some )?(?:people|guys|lads|friends)|our (?:man|woman|person|contact) (?:at|in) (?:the )?(?:council|police|tax|hmrc|court|customs|prosecutor_|authorities|ministry)|" +
        '(?:ways|means|methods) (?:of|to) (?:make|making|get|getting|force|forcing) you (?:to )?pay|nobody talks about in court|' +
        '(?:pull|revoke|lose) ~ (?:your )?licen[cs]e|licen[cs]e ~ (?:pulled|revoked)|(?:talk|speak|deal) to (?:debtors|you) differently|' +
        'one (?:phone )?call is all it takes|(?:just|only) one (?:phone )?call away|with (?:just )?one (?:phone )?call|' +
        'unofficially|off the books|under the table|through the right people|the right people (?:can|will)|man[-\\s]to[-\\s]man|' +
        'the conversation will be (?:different|short|very different)|(?:from|in) security ~~ (?:drop by|come|visit|talk|chat)',
    ),
    suggestion: S['illegal-method'],
  },
  {
    rule: 'illegal-method',
    practice: 'U4',
    pattern: phrase(
      '(?:settle|solve|sort|resolve|handle|deal with) ~ (?:another|a different|other|our own) (?:way|ways|means|methods?)(?![\\s,]*[:—–-])|' +
        'you know what i mean|the hard way|by other means',
    ),
    suggestion: S['illegal-method'],
  },
  {
    rule: 'illegal-method',
    practice: 'U4',
    pattern: phrase(
      '(?:send|bring|get) ~ (?:some )?(?:guys|lads|boys|heavies|muscle|enforcers|people) (?:round|over|to you|to your)|' +
        'heavies|enforcers|goons|thugs|gangsters|mafia|bandits|hitm[ae]n|good at persuading|(?:to|with) (?:some )?(?:serious|nasty|dangerous) people|(?:serious|nasty|dangerous) people (?:who|that)|the wrong people|' +
        'get (?:debts|money) back faster than|people (?:who|that) (?:get|collect|recover|sort out|deal with) (?:debts|money|debtors)|' +
        "(?:won't|will not) be so (?:polite|nice|friendly)|break(?:ing)? (?:legs|kneecaps)",
    ),
    suggestion: S['illegal-method'],
  },
  {
    rule: 'illegal-method',
    practice: 'U4',
    pattern: phrase(
      '(?:use|using|resort to|apply) ~ (?:force(?! majeure)|violence|muscle|physical)|by force|physical(?:ly)? (?:persuade|force|pressure)|violence|violent',
    ),
    suggestion: S['illegal-method'],
  },

  // N1: belittling the amount.
  {
    rule: 'belittling',
    practice: 'N1',
    pattern: phrase(
      'small (?:sum|amount)|trivial (?:sum|amount)|tiny (?:sum|amount|balance|debt)|negligible (?:sum|amount)|' +
        "(?:balance|amount|sum|debt|invoice) (?:is|was|'s) (?:tiny|trivial|negligible|insignificant|nothing)|insignificant|" +
        'peanuts|pocket change|small change|chump change|a few (?:pennies|quid|bucks|euros|pounds|dollars)|pennies|' +
        "(?:this|that|such|the) (?:money|amount|sum|balance) (?:means|is) nothing|means nothing to (?:us|a company)|(?:no|not a) big deal|nothing (?:much|really)|hardly worth|not worth (?:mentioning|chasing|the fuss)|" +
        "whenever (?:it suits you|you can|you get a chance|you like|convenient)|there'?s no rush|no hurry|take your time (?:to pay|paying|over (?:the )?payment|with (?:the )?(?:payment|balance))|" +
        'pittance|paltry|measly|piddling|trifl(?:e|ing)|not (?:real|serious|proper) money|mere (?:nothing|formality|pittance)|drop in the (?:ocean|bucket)|not the kind of money|not (?:much|big) money|not worth arguing|' +
        '(?:sum|amount|payment|balance|debt) ~ (?:just|only|merely|a mere) (?:a )?formality',
    ),
    suggestion: S.belittling,
  },

  // N6: complaining about one's own company's problems.
  {
    rule: 'own-problems',
    practice: 'N6',
    pattern: phrase(
      '(?:no|not enough) (?:money|cash|funds) (?:to|for) (?:pay |meet )?(?:our )?(?:salaries|wages|payroll|staff)|' +
        "can'?t (?:pay|make|meet) (?:our )?(?:own )?(?:salaries|wages|payroll|staff|suppliers|bills|rent|loans?)|" +
        "(?:we(?:'re| are)|our (?:company|firm|business) (?:is|'s)) ~ (?:in trouble|in difficult(?:y|ies)|in a bad way|struggling|going under|" +
        'on the verge of (?:bankruptcy|collapse|insolvency)|close to (?:bankruptcy|collapse|going under))|' +
        'cash[-\\s]?flow (?:gap|problems?|crisis|issues?)|' +
        '(?:my|our) (?:boss|manager|director|finance director|cfo|ceo|owner|md) ~ (?:shout(?:s|ing)?|yell(?:s|ing)?|angry|furious|' +
        'giving (?:me|us) (?:a hard time|grief)|on (?:my|our) back|breathing down|will (?:kill|fire|sack) (?:me|us))|' +
        '(?:lose|losing) my (?:bonus|job|commission)|(?:get|be|being|getting) (?:fired|sacked)|bail (?:us|me) out|' +
        '(?:the )?banks? (?:is|are) (?:squeezing|chasing|pressing|on our backs?)|we (?:really |desperately |urgently )?need (?:the|this|your) money|' +
        'our (?:own )?(?:salaries|wages|pay|bonuses) ~ (?:delayed|late|cut|held back|at risk|on hold)|(?:delay(?:ing)?|cut(?:ting)?|withhold(?:ing)?) our (?:salaries|wages|pay|bonuses)|' +
        'my (?:targets?|kpis?|quota|commission)|put yourself in (?:our|my) (?:shoes|position)|' +
        '(?:pay|cover|meet) our (?:own )?(?:bills|salaries|wages|rent|suppliers|staff|loans?)|' +
        '(?:be )?out of a job|lose my job|be made redundant|(?:making|facing) (?:redundancies|layoffs|job cuts)|' +
        '(?:up to our (?:ears|eyeballs|necks)|drowning) in debt|in debt ourselves|ourselves (?:are )?in debt|' +
        "have my (?:head|guts)|(?:will|is going to|gonna) kill me|i'll be in (?:big |serious |real )?trouble|" +
        '(?:money|cash) is (?:tight|short)|(?:bad|tight|tough) with money|short of (?:cash|money|funds)',
    ),
    suggestion: S['own-problems'],
  },

  // S2 (N2): an apology or fear of disturbing the client.
  {
    rule: 'apology-opening',
    practice: 'S2',
    pattern: phrase(
      '(?:apolog_|sorry|forgive me|excuse me) ~ (?:to |for )?(?:bother(?:ing)? you|disturb(?:ing)? you|troubl(?:e|ing) you|pester(?:ing)? you|' +
        'chas(?:e|ing) you|interrupt(?:ing)? you|the (?:disturbance|intrusion|bother)|being (?:a nuisance|so persistent|persistent|a pain)|a nuisance)|' +
        'hate to (?:bother|trouble|disturb|chase|pester)|(?:awkward|uncomfortable|embarrass_|reluctant) ~ (?:pestering|chasing|bothering|troubling)|' +
        "sorry if (?:this is|it's|i'm calling at) (?:a )?bad time|(?:is this|hope this isn't) a bad time|didn't want to (?:bother|disturb|trouble)|" +
        '(?:sorry|apolog_) ~ (?:for |about )?(?:ringing|calling|writing|emailing|chasing|messaging|phoning) ~~ again|' +
        '(?:sorry|apolog_) ~ (?:to )?(?:ring|call|write|email|chase|message|phone) (?:you )?again|' +
        "(?:i )?won't keep you (?:long|a minute)|won't take (?:up )?(?:much|a minute) of your time|(?:just )?a quick one(?!-)|" +
        '(?:sorry|apolog_|forgive) ~~ (?:taking up|wasting|stealing) (?:your|more of your) time|' +
        '(?:feel|felt) (?:terrible|bad|awful|guilty|awkward) ~ (?:bother_|disturb_|troubl_|chasing|pestering)|(?:bother|trouble|disturb)(?:ing)? you (?:with this )?again|' +
        "am i interrupting|hope i'm not (?:interrupting|disturbing)|(?:caught you at|is this) a bad (?:moment|time)|at a bad moment|" +
        '(?:sorry|apolog_|forgive) ~~ (?:pestering|nuisance|persisten_|intrusi_|(?:all )?(?:the|these|my) (?:calls|emails|reminders)|so many (?:calls|emails))',
    ),
    suggestion: S['apology-opening'],
  },
];
