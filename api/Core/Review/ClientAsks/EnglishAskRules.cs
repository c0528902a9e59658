namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>English rules for <see cref="ClientAskDetector"/>; syntax in <see cref="Rule"/>. Words are folded (lower case,
/// no diacritics, plain apostrophes) before matching.</summary>
internal static class EnglishAskRules
{
    public const string Text = """
# ---------- negation and counterfactuals: drop asks later in the same clause ----------
neg: *n't
neg: not
neg: never
neg: no+need|no+reason|no+point|no+longer
neg: nobody|neither|nor
neg: no+one
neg: was|were going+to
neg: could+have|would+have|might+have|should+have|could've|would've|might've|should've
neg: ^ had you
neg: i+thought|we+thought about|of
neg: i+considered|we+considered|i+was+thinking|we+were+thinking

# ---------- request markers: weak rules count in these sentences (and in questions) ----------
req: please|pls|plz|kindly
req: could|can|would|will|could+not|can't|couldn't|wouldn't you|we|i|u
req: is+it|would+it|could+it|it+be|it's|would+that|could+that possible|ok|okay|feasible|doable
req: possible
req: be ~2 grateful|lovely|ideal|great|helpful|perfect|useful|appreciated
req: i'd|we'd|i|we ~2 like|love|appreciate|prefer
req: i|we need|needs|want|expect|ask
req: let me|us know
req: let's|lets
req: what+about|how+about
req: what+if
req: any+chance
req: do|would you mind
req: if you could|can|would
req: at+least
req: before you go|leave|finish|wrap
req: want+you|like+you|need+you
req: ^ send|finish|add|remove|resend|check|correct|fix|introduce|suggest|recommend|give|tell|explain|do|make|split|update|document|set|transfer|share|forward|provide|confirm|reissue|include|hand|pro|deliver|run|call|take|change|move|push|extend|finish|stay|reconsider|help|write|prepare|attach|show|list|delete
req: ^ also|and|then|just|so|now|first send|finish|add|remove|resend|check|correct|fix|introduce|suggest|recommend|give|tell|explain|do|make|split|update|document|set|transfer|share|forward|provide|confirm|reissue|include|hand|deliver|run|call|take|change|move|push|extend|stay|reconsider|help|write|prepare|attach|show|list|delete

# ---------- stay: stay, reconsider, don't leave, keep the door open ----------
stay: reconsider|reconsidering|rethink|rethinking
stay: think ~2 over|again
stay: think about+it|about+this|it+through again|over|through
stay: sleep on+it
stay: change|changing ~2 your mind
stay: change|changes things
stay n: don't|dont|do+not|please+don't go|leave|quit|walk
stay n: don't|dont|do+not ~2 make ~3 final|definite|definitive|official
stay n: don't|dont|do+not do this|that
stay n: don't|dont|do+not want|wanna ~3 lose|losing
stay n: won't|wouldn't ~2 leave|go
stay n: lose|losing ~2 you
stay n: hate ~2 see+you+go|see+you+leave|lose+you|for+you+to+leave|for+you+to+go
stay n: not|don't|*n't|never ~4 let+you+go|lose+you|let+you+leave|say+goodbye
stay n: hope ~3 isn't|not|won't+be|wasn't ~2 final|definite|the+end|goodbye|set
stay: please ~2 stay
stay: stay|staying|remain
stay: keep ~2 you|working+together
stay: continue|continuing ~3 together|working|collaboration|relationship
stay: any|some|a|no way ~4 stay|continue|work|make|convince|change|keep|you'd
stay: make ~2 this+work|it+work
stay: work+something+out|work+it+out|work+this+out|fix+whatever|sort+whatever|fix+things
stay: keep+working|continue+working|keep+going ~2 with+you|with+us|together
stay: room ~2 talk|discuss|negotiate|manoeuvre|maneuver
stay q: is|this|it|that|decision ~4 final|definite|definitive|irrevocable|settled
stay: before you ~3 final|decide|official
stay: give|giving us|me ~2 chance|another|shot|try
stay: another chance
stay: too+late
stay: talk you out|round|around
stay: let+us|let+me|let's ~2 try
stay: what would|will it take
stay: convince|persuade ~2 you|stay
stay: hold+off|hold+on
kill /stay: stay|keep|keeping|staying in touch|contact
kill /stay: stay ~2 safe|well|healthy|warm|tuned
moreTime -stay: stay|staying|stayed|keep|keeping|remain|remaining|work|working|be|here|on ~3 until|till|til|through|thru|into|past|beyond
moreTime -stay: stay|staying|keep|keeping|remain ~3 week|weeks|month|months|days|while|longer|bit+longer

# ---------- moreMoney: better pay or terms ----------
moreMoney: more|extra|better ~2 money|pay|cash
moreMoney: pay|paying ~3 more|extra|premium|double|higher|bonus|better|whatever
moreMoney: we'll|we|i'll|i|can|could|would|happy|happily ~2 pay ~3 more|premium|double|extra|higher|€|£|$
moreMoney: higher|better|increased|new|revised|improved|bigger ~2 rate|rates|fee|fees|pay|retainer|contract|terms|offer|package|deal|arrangement|salary
moreMoney: raise|raised|increase|increased|increasing|raising|bump|bumped|bumping|boost|boosted|doubling|upped ~3 rate|rates|fee|fees|pay|retainer|budget|salary
moreMoney: rate|fee|fees|pay ~2 increase|rise|raise|bump|hike
moreMoney: increase|raise|bonus|premium|retainer|equity|stipend|bonuses|raises
moreMoney: # %|percent ~3 more|increase|raise|rise|on+top|extra|premium|bonus|higher|uplift|top
kill /moreMoney: # %|percent ~2 discount|off|reduction|credit|less
moreMoney: by|plus|extra|another|additional|add|say # %|percent
moreMoney: €|£|$ # ~3 hour|an|per|h|a|month|day|week|year|on|top|bonus|retainer
moreMoney: # eur|euros|usd|dollars|pounds|chf|czk|kc ~3 hour|an|per|h|month|day
moreMoney: on+top+of ~3 rate|fee|pay|retainer
moreMoney: name your price|rate|number|terms
moreMoney: tell me|us ~2 number|price|figure
moreMoney: any number|amount|figure|price
moreMoney: what would|will it cost
moreMoney: if|is+it|it's|about ~2 money
moreMoney: money ~2 is|was ~2 issue|problem
moreMoney: terms that work
moreMoney: find|offer|better|new|improve ~2 terms
moreMoney: guarantee|guaranteed|guaranteeing ~4 hours|days|work|months|minimum|income|volume
moreMoney: net # payment|terms|days
moreMoney: paid|pay ~4 in+advance|upfront|faster|sooner|within|weekly
moreMoney: cover ~3 licence|licences|license|licenses|software|costs|expenses|tools
moreMoney: match ~3 offer|rate|other|pay|fee
moreMoney: revisit|review|renegotiate ~3 rate|rates|fee|fees|terms|pricing|card|contract
moreMoney: counter+offer|counteroffer
moreMoney: offer|offered|offering ~4 money|rate|equity|retainer|bonus|contract|pay|fee|raise|increase|more|stake|shares
moreMoney: we+can|we+could|we'd|we+would offer ~3 money|rate|equity|retainer|bonus|contract|pay|fee|raise|increase|more|stake|shares|you
moreMoney: worth+your+while
kill -moreMoney: referral|finder's|finders ~2 fee|bonus
why /moreMoney: was|is it|that ~3 money|rate|fee|fees|pay|price|pricing

# ---------- why: the reason or feedback ----------
why: why
kill =why: invoice|invoices|invoiced|billed|bill|charged|charge|charging|timesheet
kill /why: that's|thats|that+is|this+is|which+is why
why: what's|whats|what+is|what+was ~2 behind
why: behind it|this|that|both|the+decision|your+decision
why: something|anything ~2 behind
why: what happened|changed
why: what went+wrong
why: did something|anything happen
why q: unhappy|dissatisfied|disappointed|upset
why: help+me|help+us understand
why: tell ~3 more about ~2 decision|reasons|this
why: something|anything ~2 wrong
why: did|have we ~4 wrong|upset|offend|offended
why: what|how ~2 we ~3 done|do|change|improve ~2 better|differently
why: could|should we have done|handled
why: what led|prompted|caused|drove|triggered|brought
why: led to|you+to ~2 this|it|that|decision
why: what's|whats|what+is|what+was driving
why: what made you
why w: reason|reasons|reasoning
kill /why: good|own|personal|valid reasons|reason
why: explanation|explain ~3 reason|reasons|decision|why
why w: feedback
why q: was|is it ~3 the|us|me|because|money|our|my|about|something|anything|due|workload
why q: is|was this|that|the decision ~3 because|about|due|related|connected
why q: because
why: anything|something to+do+with
why: part+of+it|part+of+the+reason
why: tipped|tip the balance|scales
why: understand ~4 what|why|decision|reason|reasons|led|going
why: whether ~4 about|because|due|related
why: what's|what+is going+on
why: was+it|is+it us|me|something
why: if ~4 was|were ~2 part|factor|cause
why: for our own learning
why: so we can learn|improve

# ---------- moreTime: a later end, longer notice, phased exit, stay until ----------
moreTime w: until|till|til
moreTime: extend|extending|extension|prolong|lengthen ~3 notice|period|last|end|date|contract|stay|day|engagement|deadline
moreTime: notice+period
moreTime: push|move|moved|moving|shift|postpone|delay|pushed|pushing|later ~4 last|end|final|finish|leaving ~3 day|date
moreTime: last|final|end|finish|leaving ~3 day|date ~6 moved|pushed|later|extended|instead|shifted|postponed|delayed
moreTime w: instead+of|rather+than ~3 #|stopping|leaving|ending|finishing|december|january|18th|end
kill =moreTime: invoice|invoices|invoiced
moreTime: more|extra|additional|another ~2 week|weeks|month|months|days|time
moreTime: weeks|months ~2 more|longer|extra
moreTime w: longer
kill /moreTime: time|weeks|days ~2 to think|decide|consider|reflect
moreTime: phased|gradual|staggered|slower|softer ~2 exit|handover|transition|end|wind-down|departure
moreTime: half|part time|days ~4 through|until|into|during|in+january|in+february
moreTime: halftime|parttime
moreTime q: set in stone
moreTime q: date|day|deadline|# ~3 flexible|fixed|firm|negotiable|movable|final
kill /stay: date|day|deadline|december|january|# ~3 final|definite
moreTime: overlap|overlapping|overlapped
moreTime: flexibility|flexible|wiggle+room|leeway ~5 date|day|end|deadline|timing|notice|last|#
moreTime q: date|day|timing|deadline ~3 flexible|flexibility|movable
moreTime: give|giving us ~2 until|till|more+time|weeks|extra|another
moreTime w: end of ~3 january|february|march|april|june|q1|quarter|term|school|season

# ---------- extraWork: work done before leaving ----------
extraWork w: finish|finishing|complete|completing|deliver|delivering|squeeze|fit|redo|update|translate|migrate|implement|produce|tackle|wrap+up|polish|lead|ship|refresh|rework|rebuild|design+the|build+the|create+the
extraWork w: set+up|setup
extraWork w: redesign|rewrite|draft|build|create|develop
kill /extraWork: write|prepare|draft ~3 testimonial|reference|summary|list|brief|handover|ad|advert|description|overview|report+on
extraWork: have|find|get time ~2 to
extraWork w: run ~3 the|a|one
extraWork w: could|can|would|will you ~3 do|handle|take+on|cover
extraWork: also do|handle|cover|take+on
extraWork: one|two|few|couple more campaign|campaigns|job|jobs|task|tasks|project|projects|piece|pieces|round|sprint|release|feature|features|design|designs|post|posts|edit|edits|issue|newsletter|newsletters|video|videos
extraWork: see ~4 through
extraWork: at+least ~2 finish|do|complete|deliver|wrap
kill /extraWork: before|after|when|once|until|till|by+the+time you|we|i|it|that|this|handover|work ~3 finish|finished|finishes|complete|completed|leave|go|done
kill /extraWork: is|are|be|been|was ~2 complete|completed|finished|done|live
kill /extraWork: do ~3 handover|session|call|interview|interviews|walkthrough|intro

# ---------- invoice: questions, disputes and changes ----------
invoice w: invoice|invoices|invoiced|invoicing|bill|billing|timesheet|timesheets|vat|iban|swift|bic|statement|charge|charges|billable|payment+details
invoice: invoice|invoices|bill ~6 wrong|incorrect|missing|typo|double|double-counts|double-counted|error|errors|mistake|higher|lower|doesn't|hasn't|isn't|still|shows|lists|seems|looks|includes|include|says|charges|off|overstated
invoice: billed|charged|overcharged|overbilled|double-charged|double-counted|double-counts|counted|undercharged
invoice: pro+rate|prorate|prorated|pro+rated|pro+rata
invoice: credit+note|discount|refund
invoice: revised|corrected|new|updated|amended|adjusted|itemised|itemized|separate|split ~2 invoice|invoices|bill
invoice: resend|reissue|re+issue|re+send|re+sent|send+it+again
invoice: split ~3 invoice|bill
invoice: po|purchase+order ~2 number
invoice: bank account|details
kill -invoice: as usual|always|normal|normally
kill -invoice: will|i'll|we'll be+paid|pay|approve|settle

# ---------- replacement: help with whoever comes next ----------
replacement: know|recommend|suggest|introduce|pass ~3 anyone|someone|somebody|anybody|good|couple|freelancer|freelancers|developers|developer|designer|designers|colleague|colleagues|agency|agencies|people|names|along|copywriter|writer|writers|accountant|bookkeeper|translator|photographer|illustrator
replacement: recommend|recommendation|recommendations|referral|referrals|introduction|introductions|introduce|names|recommended|suggestions
replacement: who would|do|could you ~2 suggest|recommend|point
replacement: successor|successors|replacement|replacements
replacement: replace|replacing you|her|him
replacement w: interview|interviews|interviewing|candidate|candidates|portfolio|portfolios|shortlist|applicants|applications|cvs
replacement w: job ad|advert|posting|description|spec|listing
replacement: onboard|onboarding|train|training|brief|briefing|mentor|coach ~4 new|successor|junior|hire|person|whoever|replacement|them|her|him|next|team
replacement: for|with|to the|our|a next|new developer|person|hire|agency|freelancer|designer|successor|analyst|writer|accountant|colleague|people|team
replacement: for|with|to whoever
replacement: show|walk|introduce|teach|train ~2 her|him|them ~4 codebase|ropes|system|systems|setup|process|processes|through|tools
replacement: help ~3 find|hire|choose|pick|vet|recruit|replace
kill /replacement: help ~3 find ~2 files|file|logins|access
replacement: whoever ~3 takes|take|comes|hire|replaces|picks|we|next
replacement: send them|him|her|anyone ~2 our+way
replacement: contact|contacts|details ~2 someone|anyone|people
replacement: names|name of ~3 freelancers|developers|analysts|designers|people|colleagues|writers|agencies
kill -replacement: already ~3 found|hired|have|got|chosen|picked|appointed|signed|someone
kill /replacement: the new hire starts|start|begins|joins
kill /replacement: names|name ~2 on+the|on invoice

# ---------- acceptance: the ending accepted ----------
acceptance: thank|thanks ~2 for ~3 everything|all|years|work|help|support|collaboration|partnership|time|being|good|great|hard|service|effort|contribution|contributions|dedication|honesty|candour|candor|straightforward|kind|lovely|professionalism
acceptance: understood|understand|understanding ~6 thank|thanks|grateful|appreciate
acceptance: thank|thanks|thankyou ~6 understood|understand|understandable|respect
acceptance: totally|completely|fully|perfectly|entirely|absolutely|of+course ~2 understand|understood|understandable|get+it|respect
acceptance: understand|understood ~2 completely|totally|entirely|fully|perfectly
acceptance: we|i accept|accepted|respect
acceptance: accept|accepted|respect|respecting|acknowledge ~3 decision|notice|date|it|resignation|termination
acceptance: we|i ~2 confirm ~4 last|date|day|#|end|termination
acceptance: acknowledge ~3 receipt|notice
acceptance: noted
acceptance: for+all+your|for+all+the ~2 help|support|work|effort|years|thought
acceptance: all+the+best
acceptance: best+of+luck
acceptance: good+luck
acceptance: wish|wishing you
acceptance: enjoy ~3 chapter|new|next|break|holidays|time
acceptance: congratulations|congrats|congratulate
acceptance: paths cross
acceptance: keep|stay in touch
acceptance: no+hard+feelings
acceptance: fair+enough
acceptance n: won't|wouldn't|will+not|not ~2 stand in+your+way
acceptance n: won't|will+not|not ~2 argue|push|pester|fight
acceptance: we'll|we+will|we+can manage|cope|survive
acceptance: sorry|sad ~2 see+you+go|lose+you
acceptance: we're|we+are|i'm|i+am ~2 grateful|thankful
acceptance: plan ~4 perfect|fine|works|great|good|sensible
acceptance: proud
acceptance: best+wishes ~2 for
acceptance: been+a+pleasure|was+a+pleasure|been+great|been+lovely
acceptance: but ~3 understand|understood|respect
acceptance: miss you|working

# ---------- other: any other request ----------
other: call|calls|meet|coffee|lunch|zoom|teams|videocall|catch+up|sit+down
other w: a|short|quick|brief ~2 meeting
kill /other: on+the|our|last|the|for+the phone|call|meeting
kill /other: thanks|thank for the call
kill /other: board|status|weekly|team ~2 meeting|meetings
other r: files|file|repo|repository|repos|source|logins|login|credentials|passwords|password|access|keys|backup|backups|export|archive|database|registrar|properties|account|accounts|testimonial|reference|nda|form|laptop|equipment|badge|summary|list|overview|checklist|originals|exports|copy|artwork
other w: ownership|copyright|rights|owns
kill /other: bank account|details
kill /other: summary|list|copy|overview ~3 invoice|hours|timesheet
other w: transfer|transferred|transferring|remove|removed|delete|deleted|deletion|revoke|cancel|return|returned|sign|signed
other w: where ~4 stored|kept|saved|archived|located|find|send|live|lives
other: forwarded|cc'd|looped|passed ~2 this|it|your
other: get+back+to+you|get+back+to+us|be+in+touch
""";
}
