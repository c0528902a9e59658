namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>English rules for <see cref="ClientAsks"/>; syntax in <see cref="Rule"/>. Words are folded (lower case,
/// no diacritics, plain apostrophes) before matching.</summary>
internal static class EnglishAskRules
{
    public const string Text = """
# ---------- negation and counterfactuals: drop asks later in the same clause ----------
neg: *n't
neg: not
neg: never
neg: no need|reason|point|longer
neg: nobody|neither|nor
neg: no one
neg: was|were going to
neg: could|would|might|should have
neg: had you
neg: wouldn't|won't have

# ---------- request markers: weak rules count in these sentences (and in questions) ----------
req: please|pls|plz|kindly
req: could|can|would|will you|we|i|u
req: is it|would it|it be possible
req: possible
req: be grateful|lovely|ideal|great|helpful|perfect|useful
req: i'd|we'd|i|we ~2 like|love|appreciate|prefer
req: i|we need|needs|want|expect|ask
req: let me|us know
req: let's|lets
req: what|how about
req: what if
req: any chance
req: do|would you mind
req: if you could|can|would
req: at least
req: before you go|leave|finish
req: want you
req: like you
req: ^ send|finish|add|remove|resend|check|correct|fix|introduce|suggest|recommend|give|tell|explain|do|make|split|update|document|set|transfer|share|forward|provide|confirm|reissue|include|hand|pro|deliver|run|call|take|change|move|push|extend|finish|stay|reconsider|help|write|prepare|attach|show|list|delete
req: ^ also|and|then|just|so|now|first send|finish|add|remove|resend|check|correct|fix|introduce|suggest|recommend|give|tell|explain|do|make|split|update|document|set|transfer|share|forward|provide|confirm|reissue|include|hand|deliver|run|call|take|change|move|push|extend|stay|reconsider|help|write|prepare|attach|show|list|delete

# ---------- stay: stay, reconsider, don't leave, keep the door open ----------
stay: reconsider|reconsidering|rethink|rethinking
stay: think ~2 over|again
stay: think about it|this again
stay: sleep on it
stay: change|changing ~2 your mind
stay: change|changes things
stay n: don't|dont|do not go|leave|quit|walk
stay n: don't|dont|do not ~2 make ~3 final|definite|definitive|official
stay n: don't|dont|do not do this|that|it
stay n: don't|dont|do not want|wanna ~3 lose|losing
stay n: won't|wouldn't ~2 leave|go
stay n: lose|losing ~2 you
stay n: hate ~2 to see you go|leave
stay: please ~2 stay
stay: stay|staying|remain
stay: keep ~2 you|working together
stay: continue|continuing ~3 together|working|collaboration|relationship
stay: any|some|a|no way ~4 stay|continue|work|make|convince|change|keep
stay: make ~2 this|it work
stay: room ~2 to? talk|discuss|negotiate|manoeuvre|maneuver
stay q: is|this|it|that|decision ~4 final|definite|definitive|irrevocable|settled
stay: before you ~3 final|decide|official
stay: give|giving us|me ~2 chance|another|shot|try
stay: another chance|go
stay: too late
stay: talk you out|round|around
stay: let us|me ~2 try
stay: what would it take
stay: what will it take
stay: change your mind
stay: convince|persuade ~2 you|stay
stay: hold off|on
stay: come back ~2 to us|on
kill /stay: stay|keep|keeping|staying in touch|contact
kill /stay: stay ~2 safe|well|healthy|warm|tuned
kill /stay: decision stays|stands
moreTime -stay: stay|staying|stayed|keep|keeping|remain|remaining|work|working|be|here ~3 until|till|til|through|thru|into|past|beyond
moreTime -stay: stay|staying|keep|keeping|remain ~2 for|another|a|an|one|two|three|few|couple ~2 more|extra|week|weeks|month|months|days|day|while

# ---------- moreMoney: better pay or terms ----------
moreMoney: more|extra|better ~2 money|pay|cash|budget
moreMoney: pay|paying ~3 more|extra|premium|double|higher|bonus|better|whatever
moreMoney: we'll|we|i'll|i|can|could|would|happy|happily ~2 pay ~3 more|premium|double|extra|higher|€|£|$
moreMoney: higher|better|increased|new|revised|improved|bigger ~2 rate|rates|fee|fees|pay|retainer|contract|terms|offer|package|deal|arrangement|salary
moreMoney: raise|increase|increasing|raising|bump|bumped|bumping|boost|double|doubling|up ~3 rate|rates|fee|fees|pay|retainer|hours|budget|day|salary
moreMoney: rate|fee|fees|pay ~2 increase|rise|raise|bump|hike
moreMoney: increase|raise|bonus|premium|retainer|equity|stipend|bonuses|raises
moreMoney: # %|percent
moreMoney: €|£|$ # ~3 hour|an|per|h|a|month|day|week|year|on|top|bonus|retainer
moreMoney: # eur|euros|usd|dollars|pounds|chf|czk|kc ~3 hour|an|per|h|month|day
moreMoney: on top of ~3 rate|fee|pay|retainer
moreMoney: name your price|rate|number
moreMoney: tell me|us ~2 the number|price|figure
moreMoney: any number|amount|figure|price
moreMoney: what would it cost
moreMoney: if|is it|it's|about ~2 money
moreMoney: money ~2 is|was the? issue|problem
moreMoney: terms that work
moreMoney: find|offer|better ~2 terms
moreMoney: guarantee|guaranteed|guaranteeing ~4 hours|days|work|months|minimum|income|volume
moreMoney: net # ~2 payment|terms|days
moreMoney: paid|pay ~4 in advance|upfront|up-front|faster|sooner|within|weekly
moreMoney: cover ~3 licence|licences|license|licenses|software|costs|expenses|tools
moreMoney: match ~3 offer|rate|other|pay|fee
moreMoney: revisit|review|renegotiate ~3 rate|rates|fee|fees|terms|pricing|card|contract
moreMoney: counter offer|counteroffer|counter-offer
moreMoney: offer|offered|offering ~4 money|rate|equity|retainer|bonus|contract|pay|fee|raise|increase|more|stake|shares
moreMoney: we can|could offer
moreMoney: worth your while
kill /moreMoney: referral|finder's|finders ~2 fee|bonus
why /moreMoney: was|is|it|that ~3 the money|rate|fee|fees|pay|price|pricing
why /moreMoney: is it|was it money

# ---------- why: the reason or feedback ----------
why: why
kill =why: invoice|invoices|invoiced|billed|bill|charged|charge|charging|timesheet
kill /why: that's|thats|that|this|which|is ~2 why
why: what's|whats|what ~2 is|was behind
why: behind it|this|that|the decision|both|your decision
why: something|anything ~2 behind
why: what happened|changed
why: what went wrong
why: something|anything ~2 wrong
why: did|have we ~4 wrong|upset|offend
why: what|how ~2 we ~3 done|do|change|improve ~2 better|differently
why: could|should|can we have done
why: what led|prompted|caused|drove|triggered|brought
why: led to|you to ~2 this|it|that|decision
why: what's|whats|what is|what was driving
why: what made you
why w: reason|reasons|reasoning
kill /why: good|your own|personal|valid reasons|reason
why: explanation|explain ~3 reason|reasons|decision|why
why w: feedback
why q: was|is it ~3 the|us|me|because|money|our|my|about|something|anything|due|workload
why q: is|was this|that|the decision ~3 because|about|due|related|connected
why q: because
why: anything|something to do with
why: part of it|the reason
why: tipped|tip the balance
why: understand ~4 what|why|decision|reason|reasons|led|going
why: whether ~4 about|because|due|related
why: what's going on
why: any particular|specific reason
why: was it us|me|something
why: if ~4 was|were ~2 part|factor|the cause
why: for our own learning
why: so we can learn|improve

# ---------- moreTime: a later end, longer notice, phased exit, stay until ----------
moreTime w: until|till|til
moreTime: extend|extending|extension|prolong|lengthen ~3 notice|period|last|end|date|contract|stay|day|engagement|time|deadline
moreTime: notice period
moreTime: push|move|moved|moving|shift|postpone|delay|pushed|pushing|later ~4 last|end|final|finish|leaving ~3 day|date
moreTime: last|final|end|finish|leaving ~3 day|date ~6 moved|pushed|later|extended|instead|shifted|postponed|delayed
moreTime w: instead of
kill =moreTime: invoice|invoices|invoiced
moreTime: more|extra|additional|another ~2 week|weeks|month|months|days|time
moreTime: weeks|months ~2 more|longer|extra
moreTime w: longer
kill /moreTime: time|weeks|days ~2 to think|decide|consider|reflect
moreTime: phased|gradual|staggered|slower|softer ~2 exit|handover|transition|end|wind-down|departure
moreTime: half|part time|days ~4 through|until|in|for|into|during
moreTime: half-time|part-time|halftime|parttime
moreTime q: set in stone
moreTime q: date|day|deadline|# ~3 flexible|fixed|firm|negotiable|movable|final
kill /stay: date|day|deadline|december|january|# ~3 final|definite
moreTime: overlap|overlapping|overlapped
moreTime: give|giving us ~2 until|till|more|time|weeks|extra|another
moreTime: end of ~3 january|february|march|april|may|june|q1|quarter|term|school|season
moreTime: gap over the holidays

# ---------- extraWork: work done before leaving ----------
extraWork w: finish|finishing|complete|completing|deliver|delivering|squeeze|fit|redo|update|translate|design|build|migrate|implement|create|produce|tackle|wrap|polish|lead|launch|ship|fix|refresh|rework|rebuild
extraWork w: set up
extraWork w: run ~3 the|a|one
extraWork w: could|can|would|will|you ~3 do|handle|take on|cover
extraWork: also do|handle|cover
extraWork: one|two|a few|couple ~2 more campaign|campaigns|job|jobs|task|tasks|project|projects|piece|pieces|round|sprint|release|feature|features|design|designs|post|posts|edit|edits|issue|newsletter|newsletters
extraWork: see ~4 through
extraWork: at least ~2 finish|do|complete|deliver|wrap
kill /extraWork: before|after|when|once|until|till|as|by the time|time you|we|i|it|that|this|handover|work ~3 finish|finished|finishes|complete|completed|leave|go|done
kill /extraWork: is|are|be|been|was ~2 complete|completed|finished|done|live
kill /extraWork: design|build|fix ~2 you|it ~2 for us? ~2 each|every month

# ---------- invoice: questions, disputes and changes ----------
invoice w: invoice|invoices|invoiced|invoicing|bill|billing|timesheet|timesheets|vat|iban|swift|bic|statement
invoice: invoice|invoices|bill ~6 wrong|incorrect|missing|typo|double|double-counts|double-counted|error|errors|mistake|higher|lower|doesn't|hasn't|isn't|still|shows|lists|seems|looks|includes|include|says|charges|off|overstated
invoice: billed|charged|overcharged|overbilled|double-charged|double-counted|double-counts|counted|undercharged
invoice: pro rate|pro-rate|prorate|prorated|pro-rated
invoice: credit note|discount|refund
invoice: revised|corrected|new|updated|amended|adjusted|itemised|itemized|separate|split ~2 invoice|invoices|bill
invoice: resend|reissue|re-issue|re-send|re-sent
invoice: split ~3 invoice|bill
invoice: po|purchase order ~2 number
invoice: bank account|details
kill /invoice: as usual|always|normal|normally
kill /invoice: will be paid|pay|approve|approved|settle|settled

# ---------- replacement: help with whoever comes next ----------
replacement: know|recommend|suggest|introduce|pass ~3 anyone|someone|somebody|anybody|a good|a couple|freelancer|freelancers|developers|developer|designer|designers|colleague|colleagues|agency|agencies|people|names|along
replacement: recommend|recommendation|recommendations|referral|referrals|introduction|introductions|introduce|names|recommended|suggestions
replacement: who would|do|could you ~2 suggest|recommend|point
replacement: successor|successors|replacement|replacements
replacement: replace|replacing you|her|him
replacement w: interview|interviews|interviewing|candidate|candidates|portfolio|portfolios|shortlist|applicants|applications|cvs
replacement w: job ad|advert|posting|description|spec|listing
replacement: onboard|onboarding|train|training|brief|briefing|mentor|coach ~4 new|successor|junior|hire|person|whoever|replacement|them|her|him|next|team
replacement: for|with|to ~2 the|our|a? next|new developer|person|hire|agency|freelancer|designer|successor|whoever|analyst|writer|team|person|accountant|colleague|supplier|provider|people
replacement: whoever ~3 takes|take|comes|hire|replaces|picks|we|next
replacement: send them|him|her|anyone ~2 our way
replacement: contact|contacts|details of|for ~2 someone|anyone|people
replacement: names|name of ~3 freelancers|developers|analysts|designers|people|colleagues|writers|agencies
kill -replacement: already ~3 found|hired|have|got|chosen|picked|appointed|signed
kill /replacement: the new hire starts|start|begins|joins
kill /replacement: names|name of|on the|invoice

# ---------- acceptance: the ending accepted ----------
acceptance: thank|thanks ~2 for ~3 everything|all|years|work|help|support|collaboration|partnership|time|being|good|great|hard|service|effort|contribution|contributions|dedication|honesty|candour|candor|straightforward|kind|lovely|professionalism
acceptance: understood|understand|understanding ~6 thank|thanks|grateful|appreciate
acceptance: thank|thanks|thankyou ~6 understood|understand|understandable|respect
acceptance: totally|completely|fully|perfectly|entirely|absolutely|of course ~2 understand|understood|understandable|get it|respect
acceptance: understand|understood ~2 completely|totally|entirely|fully|perfectly
acceptance: we|i accept|accepted|respect
acceptance: accept|accepted|respect|respecting|acknowledge ~3 decision|notice|date|it|resignation|termination
acceptance: we|i ~2 confirm ~4 last|date|day|#|end|termination
acceptance: acknowledge ~3 receipt|notice
acceptance: noted
acceptance: all the best
acceptance: best of luck
acceptance: good luck
acceptance: wish|wishing you
acceptance: enjoy ~3 chapter|new|next|break|holidays|time
acceptance: congratulations|congrats|congratulate
acceptance: paths cross
acceptance: keep|stay in touch
acceptance: no hard feelings
acceptance: fair enough
acceptance n: won't|wouldn't|will not|not ~2 stand in your way
acceptance n: won't|will not|not ~2 argue|push|pester|fight|try to change
acceptance: we'll|we will manage|cope|survive
acceptance: sorry|sad ~2 to see you go|lose you
acceptance: we're|we are|i'm|i am ~2 grateful|thankful
acceptance: plan ~4 perfect|fine|works|great|good|sensible
acceptance: proud
acceptance: miss you|working

# ---------- other: any other request ----------
other: call|calls|meet|coffee|lunch|zoom|teams|videocall|catch-up|sit down
other w: a|short|quick|brief ~2 meeting|chat|conversation
kill /other: on the|our|last|the phone|call|meeting
kill /other: board|status|weekly|team ~2 meeting|meetings
other w: files|file|repo|repository|repos|source|logins|login|credentials|passwords|password|access|keys|key|backup|backups|export|archive|database|registrar|analytics|properties|account|accounts|ownership|copyright|testimonial|reference|nda|form|laptop|equipment|badge|card|summary|list|overview|checklist|documentation|handover|assets|artwork|originals|exports|contracts|agreement|copy
kill /other: bank account|details
kill /other: handover plan|notes
kill /other: summary|list|copy|overview ~2 of the? invoice|hours
other w: transfer|transferred|transferring|remove|removed|delete|deleted|deletion|revoke|cancel|return|returned|sign|signed
other w: where ~4 stored|kept|saved|archived|located|find|send|live|lives
other: forwarded|cc'd|looped|passed ~2 this|it|your
other: get back to you
""";
}
