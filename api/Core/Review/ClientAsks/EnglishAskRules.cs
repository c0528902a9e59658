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
neg: we'd+have|i'd+have|they'd+have|you'd+have
neg: ^ had you
neg: i+thought|we+thought about|of
neg: i+considered|we+considered|i+was+thinking|we+were+thinking
neg: ^ if+i|if+we had ~4 known|asked|heard
neg: had+hoped|had+wished|had+wanted|had+expected
# polite negative questions: "Couldn't you stay?", "Won't you reconsider?", "Isn't there any way…?", "Why not stay?"
pol: ^ couldn't|wouldn't|won't|can't|don't|isn't|aren't|shouldn't|wasn't you|we|there|it|that|this
pol: ^ why not|don't|dont
pol: ^ but|and|so|well|then|ok|okay couldn't|wouldn't|won't|can't|isn't|aren't you|we|there|it|that|this
pol: ^ is|are there no|nothing

# ---------- request markers: weak rules count in these sentences (and in questions) ----------
req: please|pls|plz|kindly
req: could|can|would|will|could+not|can't|couldn't|wouldn't you|we|i|u
req: is+it|would+it|could+it|it+be|it's|would+that|could+that possible|ok|okay|feasible|doable
req: possible
req: be ~2 grateful|lovely|ideal|great|helpful|perfect|useful|appreciated
req: i'd|we'd|i|we ~2 like|love|appreciate|prefer
req: i|we still|also|really|will|would? need|needs|want|expect|ask
req: we'd|i'd|we+would|i+would also? need|want|require
req: must|should|needs+to|need+to|has+to|have+to ~2 be|show|quote|include|state|list|mention|carry|contain|reference|go|have
req: let me|us know
req: let's|lets
req: what+about|how+about
req: what+if
req: any+chance
req: is+there|are+there ~3 way|chance|possibility|option|room
req: would|could|will you ~2 consider|be+willing|be+open|be+able|be+prepared|mind
req: we'd|we+would|i'd|i+would be ~2 delighted|happy|thrilled|glad|pleased|grateful ~2 if
req: ^ it+would|it'd help|mean
req: hoping|hope you|you'd|you'll|you+could|you+would|you+might
req: do|would you mind
req: if you could|can|would
req: at+least
req: before you go|leave|finish|wrap
req: want+you|like+you|need+you
req: ^ send|finish|add|remove|resend|check|correct|fix|introduce|suggest|recommend|give|tell|explain|do|make|split|update|document|set|transfer|share|forward|provide|confirm|reissue|include|hand|pro|deliver|run|call|take|change|move|push|extend|finish|stay|reconsider|help|write|prepare|attach|show|list|delete
req: ^ also|and|then|just|so|now|first send|finish|add|remove|resend|check|correct|fix|introduce|suggest|recommend|give|tell|explain|do|make|split|update|document|set|transfer|share|forward|provide|confirm|reissue|include|hand|deliver|run|call|take|change|move|push|extend|stay|reconsider|help|write|prepare|attach|show|list|delete

# ---------- stay: stay, reconsider, don't leave, keep the door open ----------
stay: reconsider*|rethink*
stay: think+twice|second+thoughts
stay q: door|doors ~4 closed|open|shut
stay: revisit|reopen ~2 this|it|the+decision|your+decision
stay q: this|it|that ~2 really|truly|actually ~2 the+end|goodbye|over
stay: show|prove ~3 you ~4 different|change|changed|better|improve|work
kill =moreTime: show|prove ~2 you ~4 different|change|changed|better|improve
stay q: really|truly|absolutely ~3 necessary|need|have|want|must ~3 end|stop|leave|go|quit|part|finish
stay w: find|work+out|figure+out ~3 solution|compromise|middle+ground|way+forward
stay: one+more|another|second go|try|shot|chance
stay: talk|persuade|convince|tempt ~2 you into|round|back
stay q: are+you|you're|you+are ~2 sure|certain|decided|set
stay q: it|this|that|it's|that's|decision ~3 decided|done+deal|irreversible
stay q: it|this|that|it's|that's|decision settled
stay w: final|last word|answer|say|decision
stay: open to ~3 staying|continuing|reconsidering|keep
stay: keep|keeping ~2 you ~3 on|with|around|involved|onboard|aboard
kill /stay: sorry|sad|shame|pity ~3 lose|losing|see+you+go|see+you+leave|lose+you
kill =stay: but ~3 understand|understood|respect|accept|get+it
stay q: can|could|shall we ~3 talk|discuss|chat ~2 about+it|about+this|it|this ~2 again|further|more|once+more
stay: hold+onto|hang+on+to|hold+on+to you
stay: work+with+you ~3 longer|again|next|still|continue
stay: think ~1 over|again
stay: think about+it|about+this|it+through again|over|through
stay: sleep on+it
stay r: think about+it|about+this|it+over|on+it
stay n: want|like|prefer|need you ~1 not to go|leave|quit
stay: change|changing|changed|changes ~3 your mind
stay: change|changes things
stay n: don't|dont|do+not|please+don't go|leave|quit|walk
stay n: don't|dont|do+not ~2 make ~3 final|definite|definitive|official
stay n: don't|dont|do+not do this|that
stay n: don't|dont|do+not want|wanna ~3 lose|losing|you+to+go|you+to+leave|you+going|you+leaving|to+see+you+go|let+you+go
stay n: can't|cannot|couldn't|can+not ~2 imagine|do+this|manage|cope ~3 without you
stay n: won't|wouldn't ~2 leave|go
stay n: lose|losing ~2 you
stay n: hate ~2 see+you+go|see+you+leave|lose+you|for+you+to+leave|for+you+to+go
stay n: hate ~2 for+this+to|for+it+to|to+see+this|to+see+it ~2 end|be+the+end|be+over|stop
stay n: not|don't|*n't|never ~4 let+you+go|lose+you|let+you+leave|say+goodbye
stay n: hope|tell+me|say ~4 isn't|not|won't+be|wasn't ~3 final|definite|the+end|goodbye|set|decided|settled|over
stay n: not ~2 too+late
stay n: not ~2 give+up ~2 on+you
stay: please ~2 stay
stay: if you stayed|remained|reconsidered|changed+your+mind
stay: take|taking ~4 off+your+plate|off+your+hands
stay: stay|staying|remain
stay: keep ~2 you|working+together
stay: continue|continuing ~3 together|working|collaboration|relationship
stay: any|some|a|no|other way|chance|possibility ~4 stay|staying|continue|continuing|work|make|convince|change|keep|reconsider|persuade|tempt|win
stay: make ~2 this+work|it+work
stay: work+something+out|work+it+out|work+this+out|fix+whatever|sort+whatever|fix+things
stay: keep+working|continue+working|keep+going ~2 with+you|with+us|together
stay: room ~2 talk|discuss|negotiate|manoeuvre|maneuver
stay q: this|it|that|that's|it's|decision ~4 final|definite|definitive|irrevocable|settled
kill /stay: final|last ~2 invoice|amount|bill|payment|day|date|sum|version|versions|files|deliverables|round|edits
stay: before you ~3 final|decide|official
stay: give|giving us|me|it|this|things|them ~2 chance|another|shot|try|go
stay: another chance
stay: too+late
stay: talk you out|round|around
stay: let+us|let+me|let's ~2 try
stay: what would|will it take
stay: what it would|will|'d take
stay: convince|persuade ~2 you|stay
kill /stay: persuade|convince|tempt ~2 you to ~1 do|take+on|handle|finish|deliver|produce|write|design|build|run
extraWork w: you to ~1 do|take+on|handle|finish|deliver|produce|write|design|build|run ~2 the|a|an|this|that|our|one
stay: hold+off|hold+on
kill /stay: hold+off|hold+on ~3 sending|send|invoicing|invoice|billing|payment|paying
kill /stay: stay|keep|keeping|staying in touch|contact
kill /stay: stay ~2 safe|well|healthy|warm|tuned
moreTime -stay: stay|staying|stayed|keep|keeping|remain|remaining|work|working|be|here|on ~3 until|till|til|through|thru|into|past|beyond
moreTime -stay: stay|staying|keep|keeping|remain ~3 week|weeks|month|months|days|while|longer|bit+longer
extraWork -stay: stay|staying|remain on? to finish|complete|see|wrap|get|deliver|ship|do

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
moreMoney: for|pay|paying|offer|offering ~2 flat|fixed|extra|additional ~1 €|£|$|#|fee|sum
moreMoney: rush|express|overtime|weekend|priority ~2 fee|rate|premium|surcharge|bonus
moreMoney: an|another extra|additional ~1 €|£|$|#
moreMoney: # eur|euros|usd|dollars|pounds|chf|czk|kc ~3 hour|an|per|h|month|day
moreMoney: on+top+of ~3 rate|fee|pay|retainer
moreMoney: name your price|rate|number|terms
moreMoney: tell me|us ~2 number|price|figure
moreMoney: any number|amount|figure|price
moreMoney: a|any|some number|figure|amount|price|sum ~3 would|that|to ~2 make|get|keep|change|tempt
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
moreMoney: if|where ~3 budget|money|cost|price|pay|rate|fee|fees ~3 is|was|be|are ~2 the ~2 issue|problem|obstacle|reason|sticking
moreMoney: if ~2 it's|is|it+is|comes+down+to|about ~2 budget|pay|rate|fee|fees|price|money|compensation|the+money|the+rate|the+fee
moreMoney: tell|let us|me ~3 what+it+would+take|your+number|the+number
moreMoney: approved|approve|find|found|free|freed|unlock|sign+off|signed+off ~3 higher|bigger|more|extra|additional budget|money|fee|rate|funds
moreMoney: rate|fee|price|budget|amount|sum|figure ~3 at+which|which+would|that+would|that'd ~3 stay|keep|change|work|tempt
moreMoney: uplift|top-up|pay+rise
moreMoney: paid|pay|paying|offered ~3 a+fifth|a+third|a+quarter|a+tenth|half|twice|more|extra|premium|double|higher|bonus|better
moreMoney: talk|discuss|let's+talk numbers|money|figures|terms|compensation
moreMoney q: what|which ~2 rate|fee|figure|number|budget|price|amount ~3 would|do|could|will you|work
moreMoney: fixed|flat|monthly|annual ~2 fee|retainer|rate|price ~4 instead|suit|better|prefer|rather
moreMoney: instead+of|rather+than|better+than ~2 hourly|per-hour|per+hour
kill /invoice: hourly billing
kill =moreMoney: credit+note|refund|credit+notes|refunds
kill /moreMoney: unused|remaining|outstanding|billed|invoiced|unbilled ~2 retainer|hours|fee|fees
kill /moreMoney: retainer|retainers ~3 billed|invoiced|charged|included|covered|pro+rata
kill /moreMoney: invoice|invoices|bill|include|includes|including|cover|covers ~5 retainer|retainers
kill /moreMoney: pay+run|pay+runs|payroll|pay+day|payday
kill /moreMoney: paid|pay|paying late|slowly|behind
kill /moreMoney: charged|billed|invoiced|charging|billing|charge|invoice|bill|lists|shows|includes|contains ~3 rush|express|overtime|weekend|priority
kill /moreMoney: rate|rates|fee|fees|amount ~4 on|in the|your|last|final|latest ~2 invoice|bill|invoices
moreMoney: more|extra ~2 hours|days ~3 guaranteed|guarantee|per+month|a+month|each+month|monthly
moreMoney: sweeten|sweetened|improve|improved ~3 deal|offer|terms
kill -moreMoney: referral|finder's|finders ~2 fee|bonus
why /moreMoney: was|is it|that ~3 money|rate|fee|fees|pay|price|pricing

# ---------- why: the reason or feedback ----------
why: why
kill /why: why ~5 invoice|invoices|invoiced|billed|bill|charged|charge|charging|timesheet|billing
kill /why: that's|thats|that+is|this+is|which+is why
kill /why: understand|understood and|& accept|accepted|respect|respected
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
why: something|anything ~2 we|i did|said|didn't|missed
why: did|have we ~4 wrong|upset|offend|offended
why: what|how ~2 we ~3 done|do|change|improve ~2 better|differently
why: could|should we have done|handled
why: what led|prompted|caused|drove|triggered|brought
why: led to|you+to ~2 this|it|that|decision
why: what's|whats|what+is|what+was driving|prompting|motivating|causing
why: what made you
why w: reason|reasons|reasoning
kill /why: good|own|personal|valid reasons|reason
kill /why: for ~2 budget|budgetary|tax|accounting|internal|practical|legal|administrative|technical reasons|reason
kill /why: reason|reasons ~2 to stay|continue|remain|keep|come|return
why: explanation|explain ~3 reason|reasons|decision|why
why w: feedback
why q: was|is it ~3 the|us|me|because|money|our|my|about|something|anything|due|workload
why q: is|was this|that|the decision ~3 because|about|due|related|connected
why q: is|was this|that|it ~2 about|because|due|related|connected
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
why: put+you+off|turned+you+off|drove+you+away|pushed+you+away|wore+you+down|got+to+you
why n: what|which|anything ~3 didn't|did+not|wasn't|hasn't|doesn't|isn't|aren't|is+not ~2 work|working|suit
why q: were+we|was+i|are+we|have+we+been|had+we+been ~2 too|so|overly|very|a+bit|difficult|demanding|chaotic|slow|unfair|unreasonable
why n: what|how we|i ~2 could+have|should+have|might+have|could've|should've ~2 done|handled|improved|changed|managed ~2 better|differently
why: what prompted|motivated|triggered|drove|changed|decided|tipped
why: what ~3 made|led|prompted|brought you ~2 decide|to+this|here|choose
why: something|anything|anyone specific|particular ~4 made|led|prompted|caused|behind
why: may|can|could|might i|we ask ~3 why|reason|reasons|behind|cause|prompted|made|led
why: share|tell|explain|say ~3 your|the reason|reasons|reasoning|thinking|motivation
why: curious|wondering|wonder ~4 why|reason|reasons|what+made|what+led|what's+behind|what+prompted
why q: did|have we|i ~4 upset|offend|disappoint|annoy|frustrate|let ~2 you|down
why: let+you+down|fallen+short|fell+short
why n: something|anything ~3 could+have|should+have|might+have|could've|should've ~2 done|handled ~2 better|differently
why: what+could|what+should|what+would|how+could we ~4 better|differently|improve|improved
why: so we can learn|improve

# ---------- moreTime: a later end, longer notice, phased exit, stay until ----------
moreTime w: until|till|til
moreTime: extend|extending|extension|prolong|lengthen ~3 notice|period|last|end|date|contract|stay|day|engagement|deadline
moreTime: notice+period
moreTime: push|move|moved|moving|shift|postpone|delay|pushed|pushing|later ~4 last|end|final|finish|leaving ~3 day|date
moreTime: last|final|end|finish|leaving ~3 day|date ~6 moved|pushed|later|extended|instead|shifted|postponed|delayed
moreTime: move|moving|push|pushing|shift|shifting|change|make the|your|that ~1 date|day|end|deadline|finish ~2 to|until|till|into|back
moreTime: make+it|say # ~3 instead|rather
moreTime q: make+it|say the #
moreTime q: could|can|would your|the last|final|end day|date be
moreTime: phase|phasing|wind|winding|taper|tapering ~2 it|this|things|work|yourself|you|us ~1 out|down|off
moreTime: mondays|tuesdays|wednesdays|thursdays|fridays ~4 only|until|till|through|into|in|a+week|each+week
moreTime: #|one|two|three|four days|day ~2 a|per|each week
kill /moreTime: longer|long-term|multi-year ~1 contract|contracts|commitment|engagement|retainer
kill /moreTime: guarantee|guaranteed|guaranteeing|minimum|at+least ~3 days|day ~2 a|per|each week
kill /extraWork: do ~1 until|till|through|to+the+end
kill /extraWork: you do it|so
kill /extraWork: do ~1 mondays|tuesdays|wednesdays|thursdays|fridays|weekdays
kill /extraWork: do ~1 #|one|two|three|four|half ~1 days|day
kill /moreTime: thanks|thank|grateful|appreciate|appreciated ~8 notice+period
moreTime w: instead+of|rather+than ~3 #|stopping|leaving|ending|finishing|december|january|18th|end
kill =moreTime: invoice|invoices|invoiced
moreTime: more|extra|additional|another ~2 week|weeks|month|months|days|time
kill /moreTime: one+more+time|once+more|one+last+time|ask ~2 more+time
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
moreTime: delay|postpone|defer|push+back|put+off ~3 departure|leaving|exit|end|notice|going|last|finish|date|wrap
moreTime: departure|leaving|exit ~3 delayed|postponed|pushed|moved
moreTime w: mid|middle ~2 january|february|march|april|may|june|july|august|september|october|november
moreTime w: at+least+until|at+least+till|at+least+to|no+earlier+than
moreTime: need|needs|keep you|your+help|your+support ~3 until|till|through|into|beyond|past
moreTime: notice ~3 negotiable|flexible|extended|longer
moreTime: end|last|leaving|final date|day|week ~2 negotiable|movable|moveable|flexible|open
moreTime: part-time|part+time ~4 through|until|till|into|during|for
moreTime /extraWork: push|pushing|move|moving|shift|delay|postpone ~3 finish|end|departure|exit|leaving|wrap ~4 to|until|till|into|back
moreTime: transition+period|handover+period|longer+handover|longer+transition
moreTime q: could|can|would it|that|the+date|this ~2 be stretched|extended|pushed|postponed|delayed|prolonged

# ---------- extraWork: work done before leaving ----------
extraWork w: finish|finishing|complete|completing|deliver|delivering|squeeze|fit|redo|update|translate|migrate|implement|produce|tackle|wrap+up|polish|lead|ship|refresh|rework|rebuild|design+the|build+the|create+the
extraWork w: set+up|setup|tweak|proofread|copyedit
extraWork w: prepare|preparing|produce|create|design ~3 print|artwork|layouts|mockups|campaign|presentation|slides|banners|ads|video|report|catalogue|catalog|brochure|flyers|newsletter|website|page|app|invitation|invitations
kill /other: prepare|preparing|produce|create|design ~4 files|file
extraWork w: redesign|rewrite|draft|build|create|develop
kill /extraWork: write|prepare|draft ~3 testimonial|reference|summary|list|brief|handover|ad|advert|description|overview|report+on
extraWork: have|find|get time ~2 to
extraWork w: run ~3 the|a|one
extraWork w: could|can|would|will you ~3 do|doing|handle|handling|take+on|cover
extraWork w: you can|could|would|'d do|handle|take+on|cover|turn|deliver|finish|produce
extraWork w: turn ~4 around|round
extraWork: need|needs ~3 final|last|one+more|a+last ~2 proofread|edit|pass|polish|check|round|review|tweak
extraWork: also do|doing|handle|handling|cover|covering|take+on
extraWork w: last|final|remaining|next batch|set|series ~2 of
kill /extraWork: you|you've|you+have set+up|created|built|made ~1 under|on+your|in+your
extraWork: one|two|few|couple more campaign|campaigns|job|jobs|task|tasks|project|projects|piece|pieces|round|sprint|release|feature|features|design|designs|post|posts|edit|edits|issue|newsletter|newsletters|video|videos
extraWork: see ~4 through
extraWork: at+least ~2 finish|do|complete|deliver|wrap
extraWork w: take+care+of|look+after ~4 newsletter|campaign|release|launch|report|edition|issue|update|migration|design|posts|pages|site|website|app|redesign
extraWork w: get|put|squeeze ~4 into ~2 this|the|next|that ~2 release|version|sprint|update|build
extraWork: round|rounds|batch|set ~2 of ~2 edits|changes|revisions|corrections|fixes|updates|tweaks|amends
extraWork w: get ~7 finished|done|completed|delivered|wrapped|shipped|live|launched
extraWork r: need|needs|want the|this|that|our|these|those|it|them ~4 done|finished|completed|shipped|delivered|wrapped
extraWork w: take+on|knock+out|handle+the
extraWork w: still do|deliver|complete|finish|handle|produce
kill /extraWork: after|when|once|until|till|by+the+time you|we|i|it|that|this|handover|work ~3 finish|finished|finishes|complete|completed|leave|go|done
kill /extraWork: before you|we|i|it|this|handover ~2 finish|finishes|leave|go|done
kill /extraWork: no+need|don't+need|don't+have|needn't|not+necessary ~3 finish|complete|do|deliver
kill /extraWork: we'll|we+will|we'll+take|we+can ~2 finish|complete|pick+it+up|take+it+over|handle+it
kill /extraWork: is|are|be|been|was ~2 complete|completed|finished|done|live
kill /extraWork: good|great|right|perfect|better|natural fit
kill /extraWork: services|subscriptions|accounts|tools|everything|things|integrations|automations|sites ~3 you|you've|you+have set+up|setup|built|created|made
kill /extraWork: do ~3 handover|session|call|interview|interviews|walkthrough|intro

# ---------- invoice: questions, disputes and changes ----------
invoice w: invoice|invoices|invoiced|invoicing|bill|billing|timesheet|timesheets|vat|iban|swift|bic|statement|charge|charges|billable|payment+details
invoice: invoice|invoices|bill ~6 wrong|incorrect|missing|typo|double|double-counts|double-counted|error|errors|mistake|higher|lower|doesn't|hasn't|isn't|still|shows|lists|seems|looks|includes|include|says|charges|off|overstated
invoice: billed|charged|overcharged|overbilled|double-charged|double-counted|double-counts|counted|undercharged
invoice q: ^ is|isn't|was this|that|it ~1 a|an? mistake|error|typo
invoice: pro+rate|prorate|prorated|pro+rated|pro+rata
invoice: credit+note|discount|refund
invoice: revised|corrected|new|updated|amended|adjusted|itemised|itemized|separate|split ~2 invoice|invoices|bill
invoice: resend|reissue|re+issue|re+send|re+sent|send+it+again
invoice: split ~3 invoice|bill
invoice: po|purchase+order ~2 number
invoice: bank account|details
invoice: instalments|installments|instalment|installment|payment+plan
invoice: spread|split|divide ~4 payment|payments|invoice|amount|bill|cost
invoice: invoice|invoices|bill ~6 missing|lacks|lacking|without|needs|should+show|must+show|should+include|must+include
invoice: invoice|invoices|bill ~6 old|outdated|previous|former|last+year's|wrong|incorrect ~2 address|name|number|details|date|company|rate|po|vat
invoice: missing|lacks|lacking|without ~4 invoice|invoices|bill
invoice: vat|tax|po|reference|company ~2 number|id|registration ~4 invoice|missing|wrong|incorrect|add
invoice w: address|addressed|send|issue|made+out ~3 invoice|invoices|bill ~3 to|in|at|for
invoice w: invoice|invoices|bill ~3 to|address|addressed|office|department|in+euros|in+dollars|in+pounds|in+usd|in+eur
invoice: break+down|breakdown|itemise|itemize|detail ~4 invoice|bill|hours|charges|costs|line|lines|entry|item|items
invoice q: when|where|how ~4 invoice|invoices|bill|billing
invoice: copy|copies|duplicate|pdf ~3 invoice|invoices|bill
kill -invoice: as usual|always|normal|normally
kill -invoice: will|i'll|we'll be+paid|pay|approve|settle
kill -invoice -moreMoney -extraWork -replacement -moreTime -why: no ~3 needed|necessary|required
kill -invoice: invoice|bill|invoices|amount ~2 is|are|looks|look|seems fine|ok|okay|correct|good|right|perfect
kill /invoice: late|delayed|slow|overdue ~2 invoices|payments|payment|invoice+payments
kill -invoice: pay|paid|paying ~2 your|all|the invoices|invoice|bills ~3 within|faster|sooner|in+advance|upfront|weekly|immediately|promptly

# ---------- replacement: help with whoever comes next ----------
replacement: know|recommend|suggest|introduce|pass ~3 anyone|someone|somebody|anybody|good|couple|freelancer|freelancers|developers|developer|designer|designers|colleague|colleagues|agency|agencies|people|names|along|copywriter|writer|writers|accountant|bookkeeper|translator|photographer|illustrator
replacement: recommend|recommendation|recommendations|referral|referrals|introduction|introductions|introduce|names|recommended|suggestions
replacement: who would|do|could you ~2 suggest|recommend|point
replacement: successor|successors|replacement|replacements
replacement: point|refer|direct ~2 us|me ~1 to|towards|toward ~4 illustrator|illustrators|designer|designers|developer|developers|freelancer|freelancers|people|agency|agencies|writer|writers|copywriter|copywriters|someone|anyone|photographer|photographers
replacement w: agency|agencies|studio|freelancer|designer|developer|person|team|people|firm|hire|consultant|someone|whoever ~2 we're|we+are|we'll|we+will|we|we've ~2 bringing+in|bring+in|hiring|hire|hired|taking+on|onboarding|choosing|choose|picking|pick|signing|sign
replacement: overlap|overlapping|overlapped ~4 with ~3 her|him|them|new|next|agency|successor|hire|whoever|incoming|replacement|person|designer|developer|team|studio
replacement w: joint|shared ~2 session|sessions|meeting|meetings|calls|call|handover|days ~2 with
replacement w: handover ~2 session|sessions|call|meeting|workshop with
replacement: replace|replacing you|her|him
replacement w: interview|interviews|interviewing|candidate|candidates|portfolio|portfolios|shortlist|applicants|applications|cvs
replacement w: job ad|advert|posting|description|spec|listing
replacement: onboard|onboarding|train|training|brief|briefing|mentor|coach ~4 new|successor|junior|hire|person|whoever|replacement|them|her|him|next|team|agency|agencies|studio|freelancer|contractor
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
kill /replacement: interview|interviews ~1 recordings|recording|notes|transcripts|transcript|footage
kill /replacement: names|name ~2 on+the|on invoice
kill /replacement: better|differently ~3 for ~3 next|new|future
replacement: show|walk ~2 her|him|them ~4 around|code|repo|project|files
kill /replacement: onboarding flow|screens|emails|email|sequence|page|pages|journey
replacement: point|refer|direct|put ~2 us|me ~2 towards|to|in+touch|toward ~3 someone|anyone|a|good|freelancer|agency|people|colleague
replacement: anyone|someone|somebody|anybody|people|names|contacts|colleagues ~4 recommend|suggest|take+over|fill|network|interested|replace|step+in|you'd|you+would|you+trust
replacement: contacts|network|circle ~3 who|that|might|could
replacement: get ~2 them|him|her|the+new|the+next ~2 up+to+speed
replacement: up+to+speed
replacement: tips|tip|ideas|pointers|leads ~4 designer|designers|developer|developers|freelancer|freelancers|agency|agencies|writer|writers|copywriter|copywriters|bookkeeper|bookkeepers|accountant|accountants|photographer|illustrator|translator|admin|administrator|manager|coordinator|specialist|engineer|engineers|contractor|contractors|supplier|vendor|consultant|consultants|editor|marketer|programmer|agent|studio|person|people|someone|anyone|somebody|anybody|who
replacement: contact|contacts ~5 designer|designers|developer|developers|freelancer|freelancers|agency|agencies|writer|writers|copywriter|copywriters|bookkeeper|bookkeepers|accountant|accountants|photographer|illustrator|translator|admin|administrator|manager|coordinator|specialist|engineer|engineers|contractor|contractors|supplier|vendor|consultant|consultants|editor|marketer|programmer|agent|studio
replacement: walk|show|guide|take|introduce|brief|help|support|mentor|coach|meet|met|spend|sit|handed|hand ~3 new|next|incoming ~2 hire|colleague|colleagues|team|analyst|owner|designer|designers|developer|developers|freelancer|freelancers|agency|agencies|writer|writers|copywriter|copywriters|bookkeeper|bookkeepers|accountant|accountants|photographer|illustrator|translator|admin|administrator|manager|coordinator|specialist|engineer|engineers|contractor|contractors|supplier|vendor|consultant|consultants|editor|marketer|programmer|agent|studio|person|people|someone|anyone|somebody|anybody
replacement: sit|join|take+part|be+part ~3 interviews|interview|hiring|selection|recruitment
replacement w: take+over|takes+over|taking+over|step+in|fill+your+shoes|fill+in
kill /replacement: we'll|we+will|we|i'll|i|we're|we+can ~2 take+over|takes+over|taking+over|step+in|fill+in
replacement: brief|briefing|handover|spec ~3 for ~2 the|our|a|your ~2 next|new|incoming|successor|agency|developer|designer|person|team
kill /replacement: already ~4 someone|somebody|replacement|new|lined|hired|found|person|designer|developer|agency

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
acceptance: farewell|goodbye|send-off|leaving ~2 coffee|drink|drinks|lunch|dinner|call|party|card|gift|note|message|email|post
acceptance: live with|accept ~3 decision|it|that
acceptance k: thank|thanks|thankyou ~3 for ~3 letting|telling|informing|heads-up|heads|notice|warning|news|update|clarity|being+clear|being+open|being+honest|early|advance|openness|transparency|explaining
acceptance: message|notice|email|news received|noted|understood|acknowledged
acceptance f: makes|make sense
acceptance: # ~3 is|works|suits ~2 fine|ok|okay|good|us|perfectly|great
acceptance: date|day|plan|timeline|timing ~2 works|suits|is+fine|sounds+good|is+ok|is+okay
acceptance: well+deserved|deserve ~3 break|rest|success
acceptance: every ~2 success|happiness
acceptance: it's|it+has|it+was|it's+been been|a ~2 pleasure|privilege|joy|delight
acceptance: we'll|we+will|i'll ~3 manage|miss|remember
acceptance: completely|totally|fully|perfectly ~2 understandable|fair|reasonable
acceptance f: that's|that+is|it's|it+is ~2 a ~2 shame|pity
acceptance: respect|accept ~3 that|this|your|the
acceptance: all ~2 clear|understood|noted|good|fine
acceptance: # ~1 january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|dec|nov ~1 works|suits
acceptance: the|your # works|suits
acceptance: understood|understand and|& accepted|accept|respected|respect
# an acknowledgement that only says the notice was read ("Understood.", "Noted.") is acceptance alone and beside asks that take the ending as given (not beside stay, money or a later date)
acceptance k: ^ ok|okay|alright|right|sure|fine understood|noted|got+it|gotcha
acceptance k: ^ understood|noted|acknowledged|got+it
acceptance k: ^ i|we understand|understood|get+it
kill /acceptance: ^ i|we understand|see that|how|your|why|the
# one that agrees ("Fine by us", "No problem") is acceptance beside asks that take the ending as given or move the date
acceptance a: ^ fine|ok|okay|all+fine|totally+fine|perfectly+fine|no+problem|no+worries|that's+fine|that+is+fine|all+good by|with|from? me|us|our+side
acceptance a: ^ no+problem|no+worries|that's+fine|totally+fine|all+fine|perfectly+fine|fair+enough|accepted|all+good
acceptance: i'll|we'll|i+will|we+will ~2 tell|let|inform|update|brief ~2 the|my|our ~1 team|everyone|staff|colleagues|board
acceptance f: we'll|we+will|we+can|we'll+just pick+it+up|take+it+from+here|take+it+over|handle+it|sort+it|cope|finish+it

# ---------- other: any other request ----------
other w: call|calls|meet|coffee|lunch|zoom|teams|videocall|catch+up|sit+down|drink|drinks|chat|catch-up|hop+on|jump+on
other w: phone|ring|talk+on+the+phone|speak+on+the+phone
other r: original|raw|high-res|hi-res|full-resolution|uncompressed ~2 photos|images|pictures|photographs
other r: folder|folders|drive|fonts|logos|channels|handles|tokens|recordings
kill /other: quote|quoting|include|including|show|mention|state|cite ~3 reference|ref
kill /other: page|website|web|site|ad|ads|product|landing|homepage|marketing|email|brochure|blog|sales ~1 copy
other w: owner|workspace
other r: account|accounts ~3 access|login|logins|password|passwords|owner|ownership|admin|credentials|to+us|to+me|over
other r: transfer|hand|move|give|close|delete ~4 account|accounts
kill /other: kick-off|kickoff|kick+off ~2 call|meeting|session
kill /other: find+attached|attached+is|attached+are|enclosed+is|enclosed+are|here+is|here+are ~4 form|forms|agreement|contract|documents
other w: a|short|quick|brief ~2 meeting
kill /other: said|discussed|spoke|mentioned|agreed|talked|covered|promised|decided|as+per|forgot|asked|ask ~4 phone|call|meeting|calls|meetings
kill /other: our|last|the+last|yesterday's|today's|monday's|tuesday's|wednesday's|thursday's|friday's call|meeting|phone+call
kill /other: thanks|thank for the call
kill /other: board|status|weekly|team ~2 meeting|meetings
other r: files|file|repo|repository|repos|source|logins|login|credentials|passwords|password|access|keys|backup|backups|export|archive|database|registrar|properties|testimonial|reference|nda|form|laptop|equipment|badge|summary|list|overview|checklist|originals|exports|copy|artwork
other w: ownership|copyright|rights|owns
kill /other: bank account|details
kill /other: your|my|his|her|their|tough|hard|difficult|big|right call
kill /other: po|order|purchase|invoice|payment ~2 reference|number
other r: goodbye|farewell ~2 note|message|email|post|video
kill /other: summary|list|copy|overview ~3 invoice|hours|timesheet
other w: transfer|transferred|transferring|remove|removed|delete|deleted|deletion|revoke|cancel|return|returned|sign|signed
other w: where ~4 stored|kept|saved|archived|located|find|send|live|lives
other: exit conversation|call|chat|meeting
other: forwarded|cc'd|looped|passed ~2 this|it|your
other: get+back+to+you|get+back+to+us|be+in+touch
other q: have|got|spare|find ~3 half+an+hour|an+hour|minutes|a+moment|some+time|a+few+minutes
other f: come+back+to+you|come+back+to+us|revert|discuss+this+with|discuss+it+with
other f: pass|passed|passing|shared|share|sharing|forward|forwarding ~3 this|it|your+message|your+email|your+note ~3 to|with|on
other w: key|keys|card|cards|password|passwords|admin|credentials|deleted|delete|repo|repository|files|brochures|originals|form|agreement|testimonial
other q: where ~10 saved|stored|kept|located|find
# ---------- fourth round: general shapes ----------
replacement: put|get ~2 us|me in+touch|in+contact with
replacement: spend|spending|work|working|sit|sitting ~2 first ~1 week|weeks|days|day|month ~1 with
kill /replacement: know in+good+time|in+time|early|well+in+advance
kill /replacement: until|till|time|weeks|months ~5 to sort+out|find|hire|recruit ~2 replacement|successor|someone
stay: what ~3 needs|has|have|must ~1 to change
stay: we'll|we+will|we+can|we+could change|fix|improve it|that|things|this|whatever
stay n: don't|do+not ~2 decide ~2 anything|yet|now
stay n: not|won't|can't|don't ~2 accept|accepting|take|taking ~3 without|yet|lying+down
stay q: would|could|will|does|might|can ~4 change ~1 anything|your+mind|things
kill /why: you|you're|you+were|you+are|be ~1 part+of+it|part+of+this
kill /moreTime: another|second|one+more go|try|chance|shot
moreMoney: we'd|we+would|we'll|we+will|we+could|we+can|happy+to|glad+to pay|cover ~4 rate|rates|full|more|extra|premium|bonus|double|licences|licenses|software|subscriptions|tools
moreMoney: pay|cover ~1 for ~2 your|the ~2 licences|licenses|software|tools|subscription|subscriptions|equipment|training|travel|courses
moreMoney: # an|per|a ~1 hour|day|hr
kill /moreMoney: new ~1 contract|contracts|budget ~2 can|could|is|be|gets|will ~2 signed|approved|sign|approve
kill /moreMoney: january|february|march|april|may|june|july|august|september|october|november|december|current|existing|old|previous ~1 retainer|retainers
kill /other: booking|contact|signup|sign-up|order|search|registration|checkout|enquiry|inquiry|web|online|application ~1 form|forms
kill /other: archive|archives ~1 page|pages|section
kill /other: for ~2 our|the|your ~1 supplier|vendor|procurement ~1 file|files|records
kill /other: payroll|accounting|bank|vat|tax|sales ~1 export|exports
kill =other: corrected|revised|amended version|copy|invoice
kill /moreMoney: usual|normal|standard|regular|agreed|current ~2 rate|rates|fee|fees|price
other: need|needs|want ~4 signed ~3 form|forms|agreement|contract|nda|declaration
kill /extraWork: about ~2 the|our|that ~1 redesign|rewrite|build|rebuild|migration|launch
extraWork: stay|remain|here|on ~2 until|till|til ~4 is|are|it's|its|that's|they're|everything's ~1 done|finished|complete|completed
extraWork w: shoot|photograph ~3 photos|photo|pictures|images|shots|products|headshots|portraits
extraWork: as ~2 a|an ~1 separate|standalone|one-off|extra|paid ~1 job|project|gig|commission|piece|engagement
kill /moreTime: until|till|before ~3 we've|we|we+have ~2 talked|spoken|met|discussed|talk|speak|meet
kill /acceptance: after+that|then|afterwards|from+there ~2 we'll|we+will|we+can manage|cope
acceptance: note|noted|take+note+of ~2 your|the ~1 decision|notice|resignation
acceptance: confirm ~3 the? last+day|last+working+day|end+date
invoice r: split|divide ~2 it|this|that|them ~1 in|into ~1 two|half|parts|2|three|separate
invoice: itemised|itemized|detailed ~1 hours|time|timesheet|timesheets|breakdown
kill /stay: lose|losing ~2 you ~1 in+the+middle|midway|halfway|mid-project|mid-launch
other: let's|lets ~1 talk|chat|meet|speak|catch+up ~1 on? ~1 monday|tuesday|wednesday|thursday|friday|tomorrow|today|next|this|soon|later
# ---------- fifth round: general shapes ----------
# money: the rate they asked for, their rate named, paid tools, invoices settled fast, what figure it would take
moreMoney: we'd|would|will|we'll|happily|gladly|still ~2 pay ~2 the|your ~1 rate|fee|price ~2 you ~1 asked|quoted|wanted|proposed|mentioned|named
moreMoney: tell|give ~1 us|me ~1 your ~1 rate|price|fee|number|figure
moreMoney: paid ~1 licence|licences|license|licenses|subscription|subscriptions|seats|tools|software
moreMoney: cover|covering|fund|funding ~4 subscription|subscriptions|licence|licences|license|licenses|tools|software|travel|expenses|costs
moreMoney /invoice: settle|settling|pay|paying ~3 invoices|invoice|bills ~2 within|in ~1 #|a|one|two|three|five|seven|ten|fourteen ~1 day|days|week|weeks|working
moreMoney: what|which ~1 number|figure|amount|sum|rate ~3 would|will|does|it+take|take
moreMoney: # an|per|a ~1 hour|day|hr
stay: carry|keep ~1 on|going ~2 at|for ~2 #|€|£|$|the+same|a+higher|more
stay: continue|continuing ~2 at|for ~2 #|€|£|$|a+higher|more
kill =moreMoney: know|guess|realise|realize|sense ~2 that's|thats|it's|its|it+is|that+is ~1 not ~1 it|about
# replacement: someone you could point us to, someone you'd trust, an intro
replacement: freelancer|freelancers|colleague|colleagues|someone|somebody|anyone|anybody|person|designer|developer|agency|people|names ~3 you ~1 could|can|would|might ~1 point|refer|recommend|introduce|send
replacement: point|refer us ~1 to|towards ~2 someone|anyone|somebody|a+colleague|a+freelancer|a+developer|a+designer|people
replacement: colleague|someone|somebody|anybody|anyone|developer|designer|freelancer|agency ~2 you'd|you+would|you ~1 trust|vouch|rate
replacement w: intro|introduction|introductions|intros
# extra work: over the line, fixing bugs; not: finishing on a date, learning the setup, updating an invoice
extraWork r: get|bring|take|push ~5 over+the+line|across+the+line|over+the+finish
extraWork r: fix|fixing ~2 bug|bugs|issue|issues|error|errors|glitch|crash
kill /extraWork: finish|finishing|end|ending at|on|in|around|by ~2 the? ~1 end|start|beginning|middle|mid|#|january|february|march|april|may|june|july|august|september|october|november|december
kill /extraWork: learn|understand|know|see ~3 the|your|our ~1 setup|set+up
kill =extraWork: invoice|invoices|bill ~10 update|correct|amend|change|fix ~1 it|that|this
kill /invoice: refund|refunds|payment|payments|billing|invoicing|checkout ~1 flow|module|page|gateway|integration|feature|form|screen|api|service|system|logic|bug|plugin
# a later date: one more quarter; not: being away until a day
moreTime: one|another|extra ~1 more? ~1 quarter|term|season|semester
kill /moreTime: on ~1 leave|holiday|holidays|vacation ~3 until|till|til
kill /moreTime: i'm|im|i+am|we're|we+are|he's|she's|they're|be ~1 away|off|out ~2 until|till|til
# stay: don't decide before…, let's work this out
stay n: don't|do+not|dont ~2 decide|commit ~3 before|until|yet|anything
stay: let's|lets|we+can|we'll ~1 figure|work ~2 this|it|something ~1 out
kill /why: ^ i|we ~1 understand|get|respect|see ~2 your|the ~1 reason|reasons|reasoning
# other: keep your number, give me N minutes; not: sign-offs, a line on file, a walkthrough of the admin
other r: keep|have|save ~2 your ~1 contact|number|details|email
other: give|spare ~2 me|us ~1 #|ten|fifteen|twenty|thirty|five ~1 minutes|mins|min
kill /other: our|your|the|slow|late|quick|final|client ~1 sign ~1 offs|off
kill /other: on ~1 file|record|records
kill /invoice: resend|re-send|send ~2 this|it|that ~1 from
kill /other: walkthrough|walk-through|tour|demo|screencast|video|recording ~4 admin|dashboard|backend|cms
# acceptance: a notice received
acceptance: received ~1 your ~1 notice|resignation|termination
acceptance: thank|thanks ~2 for ~2 your|the ~1 cooperation|co-operation
# money: the budget is there; paying for training or equipment; training a named person on a system is replacement
moreMoney: money|budget|funds ~2 is|are ~1 there|available
moreMoney q: how+much ~2 would|will|does ~1 it ~1 take|cost
moreMoney: budget ~4 gone+up|went+up|increased|grown|bigger|doubled
moreMoney: pay|paying|cover ~1 for ~1 your ~2 training|conference|conferences|equipment|laptop|travel|hardware|certification|tools|software|subscriptions
replacement r: train|training|onboard|onboarding|coach|coaching|mentor|mentoring ~3 on|in ~2 the? ~1 cms|system|setup|codebase|tools|process|processes|workflow|accounts|books|platform|site|app|admin|backend
# wiring things up is work; staying until it is launched in a month is work and time; a call with the new developer is replacement
extraWork w: wire+up|hook+up|integrate|connect+up
extraWork: until|till ~1 it's|it+is|it+has+been|they're|they+are ~1 launched|live|shipped|released|delivered|finished|done ~3 in|by|at|on ~1 january|february|march|april|may|june|july|august|september|october|november|december|#|the+end|mid
kill /other: call|meeting|session|chat with our|the|your new|incoming
acceptance: you've|you+have been ~1 brilliant|great|amazing|fantastic|wonderful|a+star|superb
# stay and money: lighter workload at the same pay, covering costs if you carry on; a later end: stick around, a fortnight
stay: if ~3 workload|hours|deadlines|pace|pressure|scope|volume ~3 is|are|was ~2 the ~1 problem|issue|reason
moreMoney: keep ~2 the|your ~1 pay|rate|fee|retainer ~2 the+same|unchanged|as+it+is
moreMoney: cover|pay+for ~2 your ~3 desk|coworking|office|rent|phone|parking|membership|expenses|costs|laptop|equipment
stay: carry+on|continue|keep+going ~2 with ~1 us
moreTime: another|extra|one+more|a ~1 fortnight
moreTime: stick+around|hang+around|hang+on|stay+around ~3 for|until|till|through|another|a+bit|a+little|longer|#
# invoice: break it down, against the estimate; a recommendation written for us is a reference; a mailing list is not a list to hand over
invoice r: break|itemise|itemize ~1 it|this|that ~1 down|out
invoice: invoice|bill ~8 estimate|estimated|quote|quoted|agreed
kill /replacement: write|writing|wrote|leave ~3 recommendation|recommendations
other: write|leave ~3 recommendation|review|testimonial
kill /other: mailing|email|e-mail|guest|price|contact|customer|subscriber|waiting ~1 list|lists
# showing her the process is replacement; a few hours a week is a phased end; setting up a handover session is not work; signed off is not a form
replacement r: show|showing|walk|walking ~1 her|him|them ~2 the|how|around|through
moreTime -stay: staying|stay|stayed|stay+on|staying+on|stayed+on ~3 few|couple|#|one|two|three|four ~1 hours|days|day ~1 a|per ~1 week|month
kill /extraWork: set+up|setup|arrange|organise|organize|book|schedule ~3 handover|call|meeting|session|chat|intro
kill /other: signed|sign off
# replacement: so someone else can do it; work: we still need the animation; later end: leave after that
replacement: so|for ~1 someone|somebody|anyone ~1 else ~2 can|could|will|to ~2 do|take|pick|run|handle
extraWork: still ~1 need|needs|want ~4 the|a|an|our|your ~3 animation|video|banner|banners|brochure|poster|report|deck|presentation|newsletter|campaign|page|site|logo|design|designs|shoot|photos|copy|translation|article|articles|feature|module|app|integration|migration|script|layout|catalogue|catalog
moreTime r: leave|go|finish|end|stop ~1 after ~1 that|then|this|it
why q: ^ did|have we|i do|done something|anything
invoice n: never|not|haven't|didn't|have+not|did+not ~2 received|receive|got|get ~3 invoice|invoices|bill
invoice n: invoice|invoices|bill ~3 never|hasn't|has+not|didn't|did+not ~1 arrived|arrive|came|come|reached
acceptance a: no+worries
kill /why: why ~5 discount|credit|vat|charge|charges|amount|total
# replacement: explain to our new temp; work you set up is not new work
replacement r: explain|show|teach|demonstrate|introduce ~1 to our|the new|incoming
kill /extraWork: account|accounts|services|service|everything|things|tools|that|which|profiles|integrations ~1 you|you've ~1 set+up|setup|built|created|configured
# replacement: someone to step into your shoes; money: whatever you want; stay: is there really nothing we can do
replacement: step+into|fill ~1 your ~1 shoes|role|boots
replacement: name|names ~2 of ~1 someone|somebody|anyone|people
moreMoney: give|pay|offer ~1 you ~1 whatever|anything ~2 you ~1 want|need|ask|like
stay q: nothing ~2 we ~1 can|could ~1 do
stay: open ~2 to ~1 discussing|discuss|talking ~1 anything|everything
# replacement: she's taking over, our new admin is a person; work: add a page to the site; later end: finished mid-January instead; invoice: where to send the payment
replacement: she's|he's|they're|she+is|he+is|who's|who+is ~1 taking+over|replacing|stepping+in
kill /other: new|our+new ~1 admin
extraWork r: add|build|create ~3 page|pages|section|form|feature|module|banner|blog|shop|gallery ~2 to ~1 the|our ~1 site|website|app|shop
moreTime: finished|finish|left|leave|ended|end ~3 january|february|march|april|may|june ~1 instead
invoice q /other: where|how ~3 send|pay|make ~2 the? ~1 last|final? ~1 payment|transfer
invoice q: your|the ~1 account|bank+details|iban ~1 changed
# showing our new bookkeeper; sorting out bugs; putting off leaving; a line on the invoice that never happened; we understand the decision
replacement r /other: show|teach|walk ~1 our|the|your ~1 new|incoming
kill /other: show|tell|teach ~4 where
extraWork r: sort+out|sorting+out|iron+out|squash ~2 bug|bugs|issue|issues|error|errors|glitch|glitches
moreTime: put+off|postpone|delay|push+back ~2 leaving|your+departure|going|the+end|your+last+day|your+end+date
invoice n /why: why ~2 is|are ~1 there ~10 invoice|invoices|bill
kill /why: ^ i|we ~1 understand|respect|accept|get ~2 the|your ~1 decision|choice
# money: the same pay for fewer hours, topping up the rate, by a fifth; why: was there something that bothered you; a successor who could look after it is not work
moreMoney: pay ~2 you? ~1 the+same ~2 for ~1 fewer|less|shorter
moreMoney: top+up|topping+up|top-up ~2 your|the ~1 rate|fee|pay|retainer
moreMoney: by ~1 a+fifth|a+third|a+quarter|a+tenth|half
why q: ^ was|is there ~1 something|anything ~4 bothered|bothering|annoyed|frustrated|upset|wrong|specific
kill /extraWork: who|that ~2 could|can|would|will ~1 look+after|take+over|run|do|handle|manage
# sixth round (shapes from validation6): money per period is no later end; a fixed fee instead of hourly; time to decide
# is no later end; did someone say something; wanting to understand better; seeing a task through; one last job;
# confirming the notice; fingers crossed; "but I get it"; "no problem if not"; a few minutes is a call; doubling the rate
kill /moreTime: more|extra a|per month|week|year|day|hour
kill /moreTime: instead+of|rather+than hourly|per+hour|per-hour|the+hourly
kill /moreTime: until|till ~4 to think|to+decide|to+sleep|to+mull|to+consider|to+reflect
why q: did|has|have ~3 someone|anyone|somebody|anybody ~4 say|said|do|did|done ~3 something|anything
why: like|want|love|hope ~1 to understand ~3 better|more|why|what+happened|the+reason|the+reasons|the+decision
extraWork: seeing|seen ~4 through
extraWork w: one ~1 last|more|final job|project|piece|gig|commission|task
acceptance: confirm|confirming|acknowledge|acknowledging ~2 receipt ~2 of ~1 your|the ~1 notice|email|message|letter
acceptance: confirm|confirming|acknowledge|acknowledging ~2 the|your end+date|last+day|last+working+day|notice
acceptance: fingers+crossed|crossed+fingers|keeping+my+fingers|keep+our+fingers
acceptance: but ~2 i|we get+it|get+that|totally+get+it
kill /acceptance: fine|ok|okay|no+worries|no+problem|all+good if not
kill /extraWork: do # ~1 minutes|mins|min|minute
other r: do|spare|grab|find|have # ~1 minutes|mins|min
moreMoney: double|triple|doubling ~2 the|your ~1 rate|fee|pay|day+rate
# "Can you not just stay…?" is a polite negative question; "could your last day be 8 January?" moves the end
pol: ^ can|could you+not
moreTime: last+day|end+date|final+day|last+working+day|finish+date be|become ~2 #|january|february|march|april|later|rather|instead
# seventh round (shapes from validation7): "at the very least" + a task; "if you get X done"; wanting X done; making a
# named deliverable; "if you'd take on X"; "while you're still here" / "before you go" + a task named as a noun phrase;
# staying until a named thing is live or signed off, with a date (the work and the later end, label rule); wanting or
# being owed an explanation; faster payment terms as an offer
req: at+the+very+least|at+a+minimum|at+the+very+minimum
extraWork: at+the+very+least|at+a+minimum|at+the+very+minimum ~2 finish|do|complete|deliver|wrap|get|hand+over
extraWork: if you get|got ~7 finished|done|completed|delivered|wrapped|shipped|over+the+line
extraWork r: want|need|needs the|this|that|our|these|those|it|them ~7 done|finished|completed|shipped|delivered|wrapped
extraWork r: make|design|create|draw|produce|do ~1 also|too|us|me ~2 the|a|an|our|another|one ~3 banner|banners|poster|posters|logo|flyer|flyers|brochure|leaflet|leaflets|video|deck|presentation|page|pages|graphics|graphic|icons|illustration|illustrations|signage|sign|label|labels|menu|catalogue|catalog|report|newsletter|mockup|mockups|template|templates|invitation|invitations|layout|lookbook|campaign|ad|ads|animation|infographic
extraWork r: make|design|create|draw|produce the|a|an|our|another ~3 banner|banners|poster|posters|logo|flyer|flyers|brochure|leaflet|leaflets|video|deck|presentation|graphics|icons|illustration|illustrations|signage|label|labels|menu|catalogue|catalog|newsletter|mockup|mockups|template|templates|invitation|invitations|layout|lookbook|animation|infographic
extraWork: if you'd|if+you+would|if+you+could|if+you+can|if+you'll|if+you+will do|take+on|handle|finish|deliver|produce|design|build|shoot ~2 the|a|an|this|that|our|one
req: while you're|you+are|we+have+you still? here|around|with+us|on+board
extraWork q: while you're|you+are|we+have+you still? here|around|with+us|on+board ~1 the|a|an|our|one|that|those|these
extraWork q o: before you go|leave|finish|disappear ~1 the|a|an|our|one|that|those|these
extraWork r: while you're|you+are|we+have+you still? here|around|with+us|on+board ~2 could|can|would|will you ~2 look+at|tidy|fix|sort|update|finish|do|redo|add|build|make|check
extraWork r o: before you go|leave|finish|disappear ~2 could|can|would|will you ~2 look+at|tidy|fix|sort|update|finish|do|redo|add|build|make|check
kill /extraWork: round|rounds ~2 of ~1 interviews|interview|applications|talks|negotiations|hiring|layoffs|funding|golf|drinks|calls|meetings
extraWork o: stay|staying|stayed|remain|here|on ~2 until|till ~6 is|are|goes|go|it's|its|gets|get ~2 live|done|finished|complete|completed|signed|launched|over|running ~6 #|mid|end|early|late|january|february|march|april|may|june|july|august|september|october|november|december
why: want|need|expect|deserve|demand ~2 a|an|some ~1 proper|real|honest|full|actual|clear? ~1 explanation|reason|answer|reasons
why: owe|owes|owed ~3 an|some ~1 explanation
moreMoney: #-day|#+day|faster|shorter|quicker|immediate ~2 payment ~1 terms
kill /other: with+reference|in+reference|with+regard|in+regard ~1 to
kill /extraWork: do you|u know|think|have|remember|recall|happen
why q: what's|what+has|what+have ~1 changed|shifted
why w: tipping+point|final+straw|last+straw|breaking+point|turning+point
why n: what|anything|something ~6 we+weren't|we+aren't|we+didn't|we+don't|we+haven't|we+couldn't|we're+not|we+are+not|we+were+not|we+did+not ~1 giving|give|given|offering|offer|providing|provide|doing|do ~1 you|it
kill /moreTime: she'll|he'll|they'll|she+will|he+will|they+will|who'll|who+will ~1 be? ~1 covering|cover|filling+in|stepping+in|standing+in ~3 until|till
kill /moreTime: before ~2 anything|everything|it|this|that|things ~2 set+in+stone|final|signed
kill /why: you've|you+have|you ~1 told|explained|shared|said ~2 us|me? ~1 what|why
moreMoney: what+would+it+take|what+will+it+take ~4 in+euros|in+pounds|in+dollars|financially|money-wise|moneywise|in+money
moreMoney: in+pounds|in+euros|in+dollars|money-wise|financially ~4 to stay|to+keep|for+you+to+stay
moreTime -stay: stay|staying|remain|remaining|on to ~1 the ~1 end|#|middle|last|31st|30th|1st|2nd|3rd|15th|20th
kill /moreMoney: there+was|there+had+been|we+had ~2 a|an ~1 raise|bonus|increase|pay+rise ~2 pencilled|penciled|planned|earmarked|lined+up
acceptance k: ^ confirmed|noted ~2 for ~3 monday|tuesday|wednesday|thursday|friday|#|the
kill /other: reference ~5 on|in ~2 invoice|invoices|it
other q: can|could|shall we talk|chat|speak|meet ~2 on|this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|later|first
moreTime w: spread|spreading|stretch|stretched|stretching ~3 over|across|into ~2 january|february|march|april|may|june|july|august|september|october|november|december|the+next|#|two|three|four|several|a+few
kill /moreTime: payment|payments|invoice|invoices|costs|cost|fee|fees|amount|bill|balance ~3 spread|spreading|stretched|split
kill /moreTime: spread|spreading|split ~4 instalments|installments|payments|invoices
# eighth round (shapes from validation8): "OK, thanks" / "cheers for the update" as an acknowledgement; a task to a
# working state, a thing that needs doing, landing it; money for a named task is also the task; a higher band, part of
# each invoice in advance, money as the problem; not accepting it, waiting to see, an offer that changes anything;
# "before it's final" is no date; a successor to overlap with or to take through things; doing better next time
acceptance k: ^ ok|okay|alright thanks|thank|cheers|ta
acceptance k: cheers ~1 for ~2 heads-up|heads|notice|update|letting|news|warning
extraWork r: get|bring ~4 to a ~1 working|usable|stable|finished|releasable|testable ~1 state|version|point
extraWork: need|needs|still+needs|still+need doing|finishing|designing|building|making|sorting
extraWork w: land ~1 it|this|that|the
extraWork: on+top|extra|double|triple|premium ~4 for ~1 the|a|an|this|that|our ~3 migration|sequence|campaign|banner|banners|poster|posters|flyer|flyers|brochure|video|deck|presentation|report|newsletter|emails|email|website|site|page|pages|app|shoot|launch|redesign|rebrand|translation|catalogue|catalog|menu|module|feature|integration|mailer|animation
moreMoney: move|put|bump|moving|putting|bumping ~1 you ~2 onto|on|to|up+to ~1 the|a|our ~1 senior|higher|top|premium|better|next ~1 rate|band|tier|grade|level
moreMoney: paying|pay|paid ~6 upfront|up-front|in+advance
moreMoney: if ~3 money|numbers|rate|pay|budget|fee|fees ~2 are|is ~1 the? ~1 problem|issue|sticking+point
kill /moreMoney: per ~1 our|the ~1 agreed|contract|contracted|quoted
stay n: don't|do+not|can't|cannot|refuse ~1 want+to|bring+myself+to|to ~1 accept ~1 it|this|that|your+decision|the+decision|your+notice
kill /stay: accept ~2 invoice|invoices|quote|price|terms|change|changes|amount
stay: see ~1 how you feel|you're+feeling
stay q: would|could|will|might ~6 change ~1 anything|things|your+mind|matters
kill =moreTime: before ~1 it's|it+is|its|that's|this+is|it+becomes|anything+is ~1 final|definite|definitive|official
replacement r: overlap|overlapping with
replacement -extraWork: take|walk ~1 her|him|them ~1 through
kill /replacement: do+better|improve|better|learn ~5 next
acceptance k: ^ confirmed|agreed
kill /moreTime: confirm|confirmed|confirming ~3 notice+period
kill /moreTime: weeks|months|days ~1 that's|that+is|which+is|is|was more than
moreTime: last+day|end+date|final+day|last+working+day|finish+date ~1 slide|move|shift|slip|be+pushed|be+moved ~2 to|until|into|back
req: ^ and|also|then|just put|upload|drop|save|leave
other r: send|share|forward|hand+over|give ~2 me|us ~1 the|all|your ~2 templates|template|collection|collections|assets|presets|styles
other w: where ~9 stored|kept|saved|archived|located
kill /other: send ~2 the? ~1 remittance|payment+advice|proof+of+payment
invoice w: remittance
kill /extraWork: complete|fill|filling|completing ~4 questionnaire|form|survey|paperwork|forms
kill /extraWork: run ~1 a|the|one ~2 kick+off|kickoff|handover|intro|briefing|session|call|walkthrough
# ninth round (shapes from validation9): money said without a money word the rules knew: an open offer to change the
# terms, a rate that still stands or is on the table, a budget that is no obstacle, a number to put on it, a bump, the
# same money for fewer days, the new client's rate, sorting the money, a price for a named deliverable (also the work);
# work as a plan: getting a thing working, staying until it ships with a date, fixing something, a last day moved so a
# task can be finished; not `other`: the object of a task, a handover call with someone, talking about a later last day
moreMoney: open|willing|happy|ready|glad ~2 to ~1 rework|reworking|renegotiate|renegotiating|revisit|revisiting|adjust|adjusting|change|changing|improve|improving|sweeten|sweetening ~3 terms|deal|contract|rate|fee|fees|arrangement|numbers|offer|package
moreMoney: rate|fee|fees|raise|bonus|retainer|increase|premium|uplift ~8 still ~1 stands|holds|applies|stand
moreMoney: rate|fee|raise|bonus|retainer|increase|premium|money|budget|pay ~4 on+the+table
moreMoney n: money|money's|budget|budget's|cost|costs|price|pricing|rate|fee|fees ~3 isn't|is+not|won't+be|wouldn't+be|is+no|no|not ~1 a|an? ~1 issue|problem|obstacle|object|concern|barrier
moreMoney: put ~1 a ~1 number|figure|price ~1 on
moreMoney: # %|percent ~2 bump|hike|jump|boost|top-up
moreMoney: bump|hike ~3 on|to|in ~2 the|your ~1 rate|rates|retainer|fee|fees|pay
moreMoney: same ~1 money|pay|fee|rate|retainer ~3 fewer|less|shorter
moreMoney: fewer|less|shorter ~2 hours|days|weeks|week ~2 same ~1 money|pay|fee|rate|retainer
moreMoney o: week|weeks ~3 at|for|on ~2 your|the ~1 current|same|full|usual ~1 monthly? ~1 fee|rate|retainer|pay|salary
moreMoney: same ~1 rate|fee|pay|money|terms ~2 as ~3 new|other ~1 client|clients|agency|job|employer|offer
moreMoney: can|could|will|we'll|let's sort|fix|sort+out|work+out|figure+out|solve ~2 the ~1 money|pay|rate|fee|fees|numbers
moreMoney: how+about|what+about|pay|paying|offer|offering ~2 €|£|$ ~1 #
moreMoney: pay|cover|covering|fund ~1 for? ~1 your|the ~4 licences|licenses|subscriptions|software|seats
extraWork: €|£|$ ~1 # ~1 flat|extra|fixed? ~1 for ~1 the|a|an|this|that|our|your ~3 migration|sequence|campaign|banner|banners|poster|posters|flyer|flyers|brochure|video|videos|deck|presentation|report|newsletter|emails|email|website|site|page|pages|app|shoot|launch|redesign|rebrand|translation|catalogue|catalog|menu|module|feature|integration|mailer|animation|logo|layout|slides
moreMoney: €|£|$ ~1 # ~1 flat|extra|fixed? ~1 for ~1 the|a|an|this|that|our|your ~3 migration|sequence|campaign|banner|banners|poster|posters|flyer|flyers|brochure|video|videos|deck|presentation|report|newsletter|emails|email|website|site|page|pages|app|shoot|launch|redesign|rebrand|translation|catalogue|catalog|menu|module|feature|integration|mailer|animation|logo|layout|slides
extraWork w: get ~5 working|fixed|sorted|running|sorted+out|up+and+running
extraWork o: stay|staying|remain|here|on ~2 until|till ~6 ships|launches|lands|is+released|is+shipped|goes+out|releases ~6 #|mid|end|early|late|january|february|march|april|may|june|july|august|september|october|november|december
extraWork r: fix|repair|debug ~3 the|a|an|our|those|these|broken|remaining|last
kill /extraWork: we'll|we+will|we+can|we|i'll|i+will|let+us|let+me ~1 fix|repair|debug ~3 the|a|an|our|those|these|broken|remaining|last
kill /extraWork: fix|correct|repair ~3 invoice|invoices|bill|typo|amount|vat|address|date
moreTime r: make|making ~1 your|the ~1 last+day|end+date|final+day|last+working+day|leaving+date ~2 #|the|january|february|march|april|may|june|july|august|september|october|november|december
kill /other: do|design|designing|make|making|print|create|produce ~3 cards|card|brochures
kill /other: finish|finishing|update|redo|translate|subtitle|edit ~3 files
kill /other: handover|hand-over|kick-off|kick+off|kickoff|intro|onboarding ~1 call|meeting|session|chat ~2 with
kill /extraWork: do|hold|have ~1 a|the|one ~2 kick-off|kick+off|kickoff|handover|intro|briefing|session|walkthrough
kill /other: talk|chat|speak ~2 about ~3 later|longer|new|different|extending|moving|pushing ~2 last|end|date|day|notice|finish
why r: whether it's|it+is|it+was|it's+been the? workload|money|rate|pay|us|me|team|hours|pressure|deadlines|scope|stress|something|anything
why q: was|is|were there ~1 something|anything ~8 pushed|drove|prompted|made+you|put+you+off|led+you
other: wants|want|would+like|keen|'d+like ~1 to ~1 meet|see ~1 you ~3 on|this|next|tomorrow|monday|tuesday|wednesday|thursday|friday|for
moreTime: notice|notice+period ~3 be|to+be|last ~2 weeks|months ~1 instead+of|rather+than
kill /replacement: budget|approval|funding|headcount|hiring ~3 for ~1 your|a|the ~1 replacement|successor
other r: into|to|under ~1 our|my ~1 name|ownership
invoice q: which|what ~2 account|bank|iban ~5 payment|invoice|pay|money|transfer
acceptance k: ^ received|acknowledged ~1 thanks|thank|with+thanks|cheers
kill /extraWork: do|doing ~1 the? ~1 # ~2 of? ~1 january|february|march|april|may|june|july|august|september|october|november|december ~2 instead|rather|not
stay: rather|prefer ~1 you ~1 stayed|stay|didn't+go|didn't+leave|weren't+leaving|kept+going
kill /other: call ~1 out|outs
invoice /why: why ~1 is|was ~1 it|this|that|the+total|the+amount|the+sum ~1 #
invoice: understand|follow|explain ~3 the|this|that ~1 amount|total|sum|figure|figures|charges|numbers|price
extraWork: we'd|we+would|i'd|i+would ~1 also|still? ~1 like|love|want|need ~2 a|an|the|some ~1 new ~3 migration|sequence|campaign|banner|banners|poster|posters|flyer|flyers|brochure|video|videos|deck|presentation|report|newsletter|website|site|page|pages|app|shop|logo|layout|slides|catalogue|catalog|menu|module|feature|landing|form|dashboard
extraWork q: what+about|how+about|and+the ~5 you ~1 promised|offered|said+you'd|agreed+to
moreMoney: match|beat|top ~2 whatever|anything|what ~4 offered|offering|pay|pays|paying|paid|offer
# tenth round (shapes from validation10): work named by a production verb the rules did not know ("record the voiceover",
# "typeset the catalogue"); a run that is a noun (a payroll run) or a session for the successor is no work; changing an
# invoice detail ("update it to <address>") is no work
extraWork w: record|typeset|film|proofread|illustrate|photograph|animate|retouch|storyboard|narrate the|a|an|our|this|those|these|one|two|three|all|both
kill /extraWork: off|for|on the? record
kill /extraWork: record|recording|film|filming ~4 walkthrough|walk-through|tour|screencast|screen-share|demo|handover|loom
kill /extraWork: payroll|print|test|trial|dry|production|pay|first|final ~1 run|runs
kill /extraWork: run|running ~1 a|an|the|one ~3 onboarding|handover|hand-over|walkthrough|walk-through|induction|session
kill /extraWork: update|change|correct|amend ~1 it|that|this|them ~1 to
# the successor named by more roles; a process or a plan that is new is no successor
replacement: for|with|to the|our|a next|new dev|devs|editor|editors|illustrator|illustrators|copywriter|photographer|videographer|animator|bookkeeper|pm|marketer|coordinator|assistant|intern|engineer|consultant|translator|hires|developers|designers
replacement: know|recommend|suggest ~3 any|some|good|a ~1 illustrators|illustrator|editors|editor|videographers|videographer|animators|animator|photographers|copywriters|translators|devs|dev|bookkeepers
kill /replacement: new|incoming process|processes|plan|approach|structure|setup|workflow|strategy|system|way|ways|rules|roadmap
# a call that has happened or calls as a burden are no request for a call; material handed over by a verb of sending
kill /other: the|that|our|last|yesterday's monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekly|previous|earlier|last call|meeting|zoom
kill /other: client|sales|status|weekly|daily|late|evening|weekend|endless|constant ~1 calls|meetings
other r: send|share|forward|pass ~1 me|us|over ~3 spreadsheet|spreadsheets|workbook|tracker|sheet|sheets|notes|doc|docs
# "why I think…" is the writer's own reason; "I see why" accepts one
kill /why: why i|we think|believe|feel
kill /why: i|we see|get why
# staying said as going on; a reason asked through what made the decision or what made the work harder
stay q: impossible|possible|way|chance ~3 keep+going|carry+on|go+on|continue
why: what|which made|prompted|drove|triggered|caused|led+to the|your|this decision|change|choice|call|move
why q: anything|something that|which? made ~4 harder|difficult|frustrating|hard|tough|worse|painful
# money said as better terms or a rate kept open for a return
moreMoney: paid holiday|holidays|leave|vacation|vacations|time+off|sick+days
moreMoney: rate|fee|retainer|offer|door ~3 is|remains|stays ~1 there|open|available ~1 for ~1 you
# a line of the invoice the client wants taken off
invoice q: can|could|would|will that|this|it|those|these|they come+off|be+taken+off|be+knocked+off|be+removed|be+dropped|be+waived
# coming in to talk on a day is a meeting asked for
other r: come|pop|drop ~1 in|by|over ~2 monday|tuesday|wednesday|thursday|friday|tomorrow|next|this
""";
}
