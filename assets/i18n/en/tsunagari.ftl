# tsunagari — every text of the program. Message ids are checked at compile time against
# the Japanese file; both files must hold the same ids with the same variables (a test says
# so). Arguments are written $snake_case.

## Screens: tabs, lists, forms, status

app-name = tsunagari
tab-overview = Overview
tab-communities = Communities
tab-outputs = Outputs
tab-invitations = Invitations
tab-values = Values
tab-assets = Assets
tab-people = People
tab-title-overview = Overview: where you stand
tab-title-communities = Step 1: communities chosen by interest and values
tab-title-outputs = Step 2: make your tags visible
tab-title-invitations = Step 3: answer the small invitations
tab-title-values = Final values and the value filter
tab-title-assets = Transformational assets inventory
tab-title-people = People: loose and strong ties
pane-outputs = Small outputs
pane-tags = My tags
pane-introductions = Introductions
pane-assets = Assets
pane-stocktakes = Stock-takes
loading = Loading the workbook...
too-small =
    The window is too small.
    Make it at least 40x12.
empty-list = Nothing here yet.
empty-hint = Press a to add one (or `tsunagari add` from the shell).
empty-hint-kind = Press a to add one (or `tsunagari add { $command }` from the shell).
empty-hint-stocktake = Press a to take stock (the three assets rated at once).
detail = Details
help-title = Keys
help-footer = Esc or ? closes
help-group-lists = In the lists
help-group-everywhere = Everywhere
help-group-confirm = When asked to confirm
help-group-reading = In help and details
help-group-form = In a form
help-group-search = Typing a search
help-group-pick = In a pick list (Ctrl-p)
saved = saved
saving = saving
unsaved = unsaved
read-only = read-only
confirm-title = Delete?
yes-no = y: delete   n: keep
nothing-to-undo = Nothing to undo
nothing-to-redo = Nothing to redo
nothing-selected = Nothing is selected
example-reflection = e.g. writing down why I declined showed me what I care about
col-topic = Topic
pane-reflections = Reflections
one-list = This tab has one list ([ ] switch lists on the overview, outputs, values and assets)
deadline-before-received = the deadline is before the day it was received
rating-history = Rating at each stock-take
trend-title = Over time
trend-needs-stocktake = Take stock (a) and the rating's course is drawn here.
trend-indicators = From your records (first stock-take -> today)
today = today
col-indicators = From your records
example-stocktake = e.g. two new communities widened my network
example-evidence = #12, #40 (Ctrl-p picks records)
example-rating = 1 to 5 (empty: not rated)
filter-empty = Nothing waits for a decision: no pending invitations (tab 4) or communities being considered (tab 2)
decide-title = Decide
rank-moved = Rank changed
rank-only = J/K change the rank in the list of final values
filter-only = y/n/l decide in the value filter list (tab 5, then ])
no-values-for-filter = No final values yet: add them on tab 5 with a, and invitations can be scored
interests-title = My interests
interests-saved = Your interests are saved
interests-label = Your interests
interests-none = none yet ({ $key } to add)
example-my-interests = e.g. photography, local history, Rust (comma separated)
action-log-visit = log a visit
action-write-step = write your own step
action-clear-step = empty the slot
action-messages = the messages of this session, whole
messages-title = Messages
messages-none = No messages yet
action-take-step = take the proposed step for this week
action-other-proposal = show another proposal
action-tick-step = mark the step done today (again: not done)
action-edit-interests = edit your interests
look-back-label = Accepted invitations served
threshold-keys = < > to change
threshold-label = Pass mark
verdict-passes = passes
verdict-below = below
verdict-unrated = unrated
verdict-against-short = against
verdict-against = against { $value }
col-verdict = Verdict
pane-filter = Value filter
pane-map = Network map
map-you = you
map-outside = no community
map-empty = The map is empty. Add a community (tab 2) or a person (a) and it draws itself.
map-step = community
unknown-count = unknown
mutual-zone = moderately weak
mutual-label = Mutuals
# Under the mutual-connection counts on the People tab, when it fits (keep it within 78 columns).
mutual-source = 5-20: our reading of Rajkumar et al. 2022, not the paper's figures (see ?)
first-after-last = the first contact is after the last contact
example-mutual = empty if unknown
example-communities = e.g. book club, local clean-up
pick-not-here = Ctrl-p works in fields that name other records and in fields with choices
pick-marked = marked
read-only-refused = The workbook is read-only; nothing was changed
demo-note = Demo: changes are discarded on quit
steps = The three steps
step-name-1 = Step 1 Show up in communities
step-name-2 = Step 2 Make your tags visible
step-name-3 = Step 3 Answer invitations
step-short-1 = Step 1
step-short-2 = Step 2
step-short-3 = Step 3
step-goal-1 = goal: take part in 3 communities
step-goal-2 = goal: a tag and 3 outputs within 30 days
step-goal-3 = goal: decide 3 invitations
network = Network health
next-actions = Small next actions
no-actions = Nothing pressing right now. Nice.
weak = weak
unrated = unrated
strong = strong
dormant = dormant
fields = fields
bridges = bridges
people = people
diversity = Community diversity
walkthrough-hint = Press w for the guided walkthrough
col-name = Name
col-kind = Kind
col-status = Status
col-distance = Distance
col-cadence = Cadence
col-last-visit = Last visit
col-values = Values
col-interests = Interests
col-outside = Outside usual circle
col-notes = Notes
col-date = Date
col-channel = Channel
col-text = Text
col-tags = Tags
col-reactions = Reactions
col-people = People it brought
col-last-output = Last output
col-description = Description
col-direction = Direction
col-who = Who introduced whom
col-why = Why
col-outcome = Outcome
col-what = What
col-from = From
col-via = Via
col-deadline = Deadline
col-received = Received
col-decision = Decision
col-reason = Reason
col-excitement = Excitement
col-cost = Cost
col-scores = Fit with values
col-unexpected = Unexpected
col-skills = Skills used
col-rank = Rank
col-revisited = Revisited
col-asset = Asset
col-group = Group
col-rating = Self-rating
col-evidence = Evidence
col-field = Field
col-organisation = Organisation
col-role = Role
strength-unrated = unrated (all four dimensions at 0)
example-field = e.g. education (Ctrl-p lists the fields you have)
col-strength = Strength
col-tie = Tie dimensions
col-last-contact = Last contact
col-first-contact = First contact
col-bridge = Bridge
col-how-met = How met
col-met-in = Met in
col-communities = Shared communities
col-mutual = Mutual connections
col-interactions = Interactions
col-phonetic = Reading
col-email = Email
col-url = URL
col-average = Average
tie-time = time
tie-emotion = emotion
tie-intimacy = intimacy
tie-reciprocity = reciprocity
yes = yes
no = no
none = none
overdue = overdue
form-new = New
form-edit = Edit
required = required: write something here
discard = Discard your changes? y: discard  n: keep editing
fix-fields = Please fix the marked fields
no-form-yet = Nothing is added to this list: press a in a list on tabs 2-7
example-value = e.g. freedom
example-value-why = e.g. deciding how I spend my time
example-tag = e.g. facilitation
example-community = e.g. morning book club
example-interests = e.g. books, dialogue (comma separated)
example-person = e.g. Misaki Sato
example-date = e.g. 2026-11-23, 11/23, today, yesterday
example-output = e.g. posted a short summary of the book club talk
example-tags = e.g. facilitation, reading (comma separated; new names become tags)
example-people = e.g. Misaki Sato, Sho Tanaka (names or ids)
example-invitation = e.g. a 5-minute talk at a study group
col-intro-first = Who (introducer / introduced)
col-intro-second = To whom
col-intro-status = Status
col-follow-up = Follow up on
col-practice = Practice only
example-follow-up = e.g. 12/10 (planned: the day to make it; made: the day to ask how it went)
practice-mark = practice
practice-marked = [{ $mark }] { $what }
score-prefix = Fit:
one-person = one person only here
intro-same-person = a person cannot be introduced to themselves
example-contact = e.g. caught up over lunch; invited me to next month's study group
contact-needs-person = Select a person (in the list or on the map) to log a contact, or a community to log a visit
contact-title = Log a contact
all-records = All records
no-changes = No changes
no-match = Nothing matches. Esc clears the search.
example-deadline = e.g. 12/10, tomorrow
bad-email = an email address has an @ (e.g. misaki@example.com)
tie-label-time = Time
tie-label-emotion = Emotion
tie-label-intimacy = Intimacy
tie-label-reciprocity = Reciprocity
excitement-label = Excitement (0-5)
example-values = e.g. freedom, learning (names from the Values tab)
editor-text-only = Only text fields can be edited in an editor
cadence-label = Outputs per week (12 weeks ago -> this week)
balance-label = Give and receive

## Labels of the choices

community-kind-learning = learning
community-kind-reading-circle = reading circle
community-kind-online-salon = online salon
community-kind-pro-bono = pro bono
community-kind-third-place = third place
community-kind-hobby = hobby
community-kind-alumni = alumni
community-kind-local = local
community-kind-professional = professional
community-kind-other = other
mutual-bucket-none-in-common = 0
mutual-bucket-few = 1-4
mutual-bucket-moderately-weak = 5-20
mutual-bucket-many = 21-50
mutual-bucket-embedded = 51+
indicator-values-defined = values
indicator-values-revisited = values revisited
indicator-reflections = reflections (after invitations too)
indicator-stocktakes = earlier stock-takes
indicator-communities-reached = communities reached
indicator-fields-reached = fields
indicator-weak-ties = weak ties
indicator-bridges = bridges
indicator-accepted-recently = accepted (90 days)
indicator-accepted-new-areas = of them, kinds new to me
indicator-joined-recently = joined (90 days)
indicator-tags = tags
indicator-outputs-recently = outputs (90 days)
indicator-strong-ties = strong ties
indicator-introductions-given = introductions made
indicator-peer-ties = strong ties from work or learning
indicator-happenstance-used = happenstance skills used (90 days)
distance-observe = observe
distance-take-part = take part
distance-contribute = contribute
distance-organise = organise
community-status-considering = considering
community-status-trying = trying
community-status-active = active
community-status-resting = resting
community-status-left = left
cadence-weekly = weekly
cadence-biweekly = every 2 weeks
cadence-monthly = monthly
cadence-quarterly = quarterly
cadence-yearly = yearly
cadence-irregular = irregular
channel-social = social
channel-blog = blog
channel-talk = talk
channel-meetup = meetup
channel-newsletter = newsletter
channel-code = code
channel-conversation = conversation
channel-other = other
intro-direction-given = I introduced
intro-direction-received = introduced me
# Who introduced whom, in words: the heading of an introduction's details, its cell in the list,
# its line in the printed summary and in `tsunagari list introductions`.
intro-heading-given = I introduced { $first } to { $second }
intro-heading-received = { $first } introduced me to { $second }
intro-heading-planned-given = To introduce { $first } to { $second } (planned)
intro-heading-planned-received = { $first } is to introduce me to { $second } (planned)
intro-status-planned = planned
intro-status-made = made
invitation-kind-event = event
invitation-kind-talk = talk
invitation-kind-project = project
invitation-kind-job = job
invitation-kind-collaboration = collaboration
invitation-kind-volunteer = volunteering
invitation-kind-meeting = meeting
invitation-kind-writing = writing
invitation-kind-other = other
cost-low = low
cost-medium = medium
cost-high = high
decision-pending = pending
decision-accepted = accepted
decision-declined = declined
decision-later = later
skill-curiosity = curiosity
skill-persistence = persistence
skill-flexibility = flexibility
skill-optimism = optimism
skill-risk-taking = risk-taking
asset-self-knowledge = self-knowledge
asset-diverse-networks = diverse networks
asset-openness = openness to new experience
asset-skills-knowledge = skills and knowledge
asset-peers = peers
asset-reputation = reputation
asset-health = health
asset-balance = balance
asset-regenerative-friendships = regenerative friendships
asset-group-transformational = transformational
asset-group-productive = productive
asset-group-vitality = vitality
topic-general = general
topic-communities = communities
topic-outputs = outputs
topic-invitations = invitations
topic-values = values
topic-assets = assets
topic-people = people

## Sentences about the workbook

count-records = { $n ->
    [one] { $n } record
   *[other] { $n } records
}
# $added is "true" for a new record, "false" for an edited one.
saved-record = { $added ->
    [true] added { $name }
   *[false] updated { $name }
}
diversity-line = { $communities ->
    [one] { $communities } community
   *[other] { $communities } communities
}, { $kinds ->
    [one] { $kinds } kind
   *[other] { $kinds } kinds
}, { $outside } outside your usual circle
# Ends a sentence before another follows on the same line.
sentence-end = .
# Between two sentences on one line.
sentence-gap = {". "}
diversity-none = No communities yet. Pick one from an interest.
diversity-one-kind = All your communities are { $kind }. One of another kind would widen your view.
diversity-usual-circle = All sit inside your usual circle. Look for one outside it.

visit-title = Visit
visit-what = What happened
visit-saw = People you saw
visit-met = Met for the first time
example-visit = e.g. Talked about charts; gave a short demo
example-visit-saw = names, or parts of names (Ctrl-p to pick)
example-visit-met = e.g. Aoi Mori, Ken (each is added as a person)
visit-logged = Visit to { $community } logged
visits-label = Visits

pane-months = Months
col-month = Month
col-people-met = Met
col-fields-reached = Fields
col-communities-joined = Joined
col-outputs-count = Outputs
col-introductions-count = Introduced
col-accepted-count = Accepted
month-label = { $year }-{ $month }
months-caption = What happened each month (people met, new fields, communities joined, outputs, introductions made, invitations accepted); a quiet month is just quiet
month-stocktake = Stock-take on { $date } (earlier → then)
month-no-stocktake = No stock-take this month. A stock-take (a on the Assets tab) sets each self-rating beside its indicators here

## This week

pane-week = This week
col-week-step = Step
col-week-what = What
col-week-done = Done
week-step-show-up = 1 Show up
week-step-make-visible = 2 Be seen
week-step-answer = 3 Answer
week-range = This week: { $from } to { $to }
week-done-count = { $done } of { $taken } done
week-offer = proposed: { $offer }
week-no-offer = nothing to propose: { $key } to write your own
week-of = week of { $month }/{ $day }
week-earlier = Earlier weeks
week-visit = Go to "{ $community }"
week-visit-since = Go to "{ $community }" (last visit { $date })
week-try = Try "{ $community }" once (passes your value filter)
week-introduce = Introduce { $first } and { $second }
week-output = One small output on "{ $tag }"
week-answer = Answer "{ $invitation }"
week-answer-by = Answer "{ $invitation }" (by { $date })
week-rate-answer = Rate "{ $invitation }" against your values, then answer it
week-taken = This week's step: { $step }
week-done = Done on { $date }
week-undone = Marked not done
week-cleared = Step emptied: { $step }
week-only = This works on this week's steps (the overview's first list)
week-nothing-proposed = Nothing to propose here yet: write your own with e
week-no-other = No other proposal for this step
week-take-first = Take or write a step first
week-about-nothing = This step is not about a record
example-week-step = e.g. Go to the Saturday reading circle
example-week-step-visible = e.g. Post three lines on what I learned this week
example-week-step-answer = e.g. Reply to the invitation to the study group

## The overview

# The unrated count shows only when someone is unrated.
network-line = { people } { $people }, { weak } { $weak }, { strong } { $strong }{ $unrated ->
        [0] {""}
       *[other] , { unrated } { $unrated }
    }, { fields } { $fields }, { bridges } { $bridges }

## The overview's next small actions

next-fits-waiting = { $passing ->
    [one] { $passing } invitation or community that fits your values waits for an answer (value filter)
   *[other] { $passing } invitations or communities that fit your values wait for an answer (value filter)
}
next-define-values = Name 3 to 5 final values: they are your filter
next-community-candidate = { $taking_part ->
    [one] You take part in { $taking_part } community; "{ $community }" passes your value filter: drop in once?
   *[other] You take part in { $taking_part } communities; "{ $community }" passes your value filter: drop in once?
}
next-community-look = { $taking_part ->
    [one] You take part in { $taking_part } community; look for one that shares your interests ({ $interests }) and add it as considering
   *[other] You take part in { $taking_part } communities; look for one that shares your interests ({ $interests }) and add it as considering
}
next-community-interests = { $taking_part ->
    [one] You take part in { $taking_part } community; first write down your interests (Values tab): a place that shares one passes the filter
   *[other] You take part in { $taking_part } communities; first write down your interests (Values tab): a place that shares one passes the filter
}
next-tag-never = No output yet for your tag "{ $tag }": one small one?
next-tag-quiet = Your last output on "{ $tag }" was on { $since }: one small one?
next-reconnect-tag = { $name }: send them your new output "{ $output }" on "{ $tag }" (you met through that tag)
next-reconnect-community = { $name }: you are both in "{ $community }"; ask how they are doing
next-reconnect-season = { $name }: it is { $season } season, a natural moment to say hello
next-reconnect-rhythm = { $name }: the rhythm you chose for keeping in touch ({ $cadence }) has come round
next-reconnect-output = { $name }: pass on your recent output "{ $output }"
season-new-year = New Year card (nengajō)
season-midwinter = midwinter greeting (kanchū mimai)
season-summer = summer greeting (shochū mimai)
season-late-summer = late-summer greeting (zansho mimai)
next-follow-up-planned = You meant to introduce { $first } and { $second } around now: a short message to both?
next-follow-up-made = How did it go for { $first } and { $second }? Write down what came of the introduction
next-past-deadline = The deadline for "{ $invitation }" has passed: answer it, or let it go
next-stocktake-first = Take your first stock of your assets
next-stocktake-due = Your last stock-take was on { $last }: time for another look

## Records named in messages

noun-value = value
noun-community = community
noun-person = person
noun-tag = tag
noun-output = output
noun-introduction = introduction
noun-invitation = invitation
noun-stocktake = stock-take
noun-reflection = reflection
# "person 12": the noun of a kind and a record's number.
record-number = { $noun } { $number }
name-missing = no { $noun } named "{ $name }"; press Ctrl-p to pick from the list, or add it first
# $kind is value, community, person, tag, output, introduction, invitation, stocktake or reflection.
ambiguous = { $count } { $kind ->
    [value] values
    [community] communities
    [tag] tags
    [output] outputs
    [introduction] introductions
    [invitation] invitations
    [stocktake] stock-takes
    [reflection] reflections
   *[person] people
} are named "{ $name }"; give one as #id: { $ids }

## The value filter

why-unrated = no value rated yet
why-unrated-key = no value rated yet: { $key } to rate it
why-against = { $value } -2, one of your top three values
why-interests = your interest: { $interests }
# $fits is "all" when every value is served, "mixed" when one is worked against.
why-excitement = excitement { $excitement }
why-cost = cost { $cost }
breakdown-interest = interest +{ $points }
filter-breakdown = score { $sum } = { $alignment } of { $best } ({ $share }%, pass mark { $mark }%): { $verdict }
filter-breakdown-rank = ; order { $terms } = { $total }
# The help's account of the filter: the first line is the heading, each further line one rule.
help-filter-formula =
    How the value filter judges (our own rule, built on the column's idea that final values are the filter)
    values part = sum over final values of (fit x weight); fit -2 to +2 per value on an invitation (a community: +2 per linked value); weight 3 for the value ranked first, 2 for the second, 1 for the rest
    interest: a community that shares one of your interests (or more) adds 6, as much as +2 on your first value: interest is the first hook of Step 1
    unrated: no value rated yet (a community: no value linked and none of your interests). It never passes until you rate it (edit the invitation, or link the community)
    against a value: -2 on one of your three top values, whatever else it scores
    passes: the values part plus interest reaches the pass mark, a share of the best possible (every value +2), so it means the same with three values or eight (25 % at first; < and > move it by 5)
    below: everything else. Excitement (0 to 5) and cost (low 0, medium 1, high 3) only order the list within a verdict; they never move anything over or under the mark
# The help's account of tie strength and bridges: the first line is the heading, each further line one rule.
help-tie-rules =
    How tie strength and bridges are worked out
    Each tie has four dimensions rated 0 to 4: time together, emotional intensity, intimacy (confiding in each other) and help given and received
    Strength = emotion x3 + intimacy x3 + help x2 + time x1, as a share of the most it can be; strong from 63% (a weighted 2.5 out of 4), weak below
    Why closeness weighs most: Marsden and Campbell (1984, "Measuring tie strength", Social Forces) found that how close a tie feels, its emotional intensity, measured strength best, while how often and how long people see each other made ties to neighbours and co-workers look stronger than they were. The paper supports only that order; the weights and the 63% line are ours
    A tie with all four at 0 is unrated: it counts as neither weak nor strong until you rate it. Imported contacts start unrated
    A bridge is your only tie into a circle you are not part of yourself: a community you are considering or have left (not one you are active in, trying or resting from), or a field. It is about where someone links you, not how strong the tie is, so an unrated tie can be a bridge
    Fields count as one whatever the case, width or spacing ("IT", "ｉｔ", " it "); in a person's form, Ctrl-p on the field lists the fields you already have
# The help's account of the mutual-connection zone: the first line is the heading, each further line one rule.
help-mutual-rules =
    The moderately weak zone (mutual connections)
    Source: Rajkumar et al. 2022, "A causal test of the strength of weak ties", Science 377:1304; experiments on LinkedIn covering more than 20 million people
    Measured by mutual connections, the chance of changing jobs through a tie rose and then fell (an inverted U): moderately weak ties helped most
    Measured by how much two people interact, the weakest ties helped most; and in less digital industries, strong ties did better
    The bucket edges (0, 1-4, 5-20, 21-50, 51+) are our own reading of that curve for orientation, not figures from the paper
    A count you have not entered shows as unknown, never as 0
# The help's account of this week's steps: the first line is the heading, each further line one rule.
help-week-rules =
    This week (the overview's first list; our own rules, after the column's three steps practised a little each week)
    Three slots, one per step: show up in a community, make one small output or introduction, answer one invitation. A week runs Monday to Sunday
    Each slot proposes something from your workbook: a community you attend whose own cadence has come round (with no fixed cadence, after two weeks; then one under consideration that passes the value filter); a planned introduction, a quiet tag or someone to get back in touch with; an invitation that passes the filter, nearest deadline first (then one still unrated). Practice invitations never
    A proposal can be taken, swapped for the next one or replaced by your own words; done is marked with the day; each of these can be undone (the keys are listed above)
    Earlier weeks list only what was done: no streaks, nothing counted against you
# The help's account of reconnecting: the first line is the heading, each further line one rule.
help-reconnect-rules =
    Getting back in touch (our own rule; the evidence behind it: in Granovetter's study of professional, technical and managerial men in a Boston suburb, 27.8 % of the 54 who found work through a contact heard of it from someone they saw rarely, once a year or less)
    A tie is on the reconnect list when your latest contact is older than 180 days, or when a keep-in-touch cadence you chose for that person has passed. Nobody without a date on record is listed
    Each week the overview suggests at most three, each with a reason from your workbook: a tag you share (they came through an output on it, and you have a newer one), a community of theirs you take part in, the season for a card (roughly: New Year cards 1 Dec to 7 Jan, midwinter 8 Jan to 3 Feb, summer 7 Jul to 6 Aug, late summer 7 to 31 Aug; the seasons turn on dates that move by a day from year to year), or a recent output of yours to pass on; for someone whose own cadence has passed, that rhythm itself
    The suggestions stay the same all week and change from week to week; people whose own cadence has passed come first. Nothing counts days overdue: a quiet tie is a resource, not a fault
    The People list sorted by "reconnect" shows the whole list
# The help's account of the asset indicators: the first line is the heading, each further line one rule.
help-indicator-rules =
    What the asset indicators count (our rules, after Gratton & Scott's assets)
    Practice invitations count nowhere; planned introductions count once they are made
    Values revisited: changed or reranked in the last 180 days, on a later day than written
    Earlier stock-takes: those dated before today (a stock-take never counts itself)
    Accepted (90 days): invitations accepted in the last 90 days; of them, kinds new to me: kinds (event, talk, project…) not accepted before those 90 days ("other" never counts as new)
    Happenstance skills used: each time curiosity, persistence, flexibility, optimism or risk-taking (Krumboltz's planned happenstance) is named on an invitation of the last 90 days
    Surprises noted (90 days): reflections written in the last 90 days that name something unexpected, or say it turned out surprising
    Strong ties from work or learning (peers): strong ties met in, or shared through, a study group, reading circle, pro bono project or professional community
# The help's account of the network map: the first line is the heading, each further line one rule.
help-map-rules =
    Reading the network map
    You are in the middle. Around you are your communities; each cluster of marks is the people you met there (where you met, else a shared community, else "no community")
    Marks: a strong tie is a 2x2 block of dots, a weak tie one dot, an unrated tie two dots side by side, a bridge two dots on a diagonal, a dormant tie (of any strength) two dots one above the other, dim
    The stronger the tie, the nearer the centre of its community. The number on a label is how many people
    As many communities as fit are shown at once (at most 10); PgUp/PgDn move to the next community and turn the page
    The selected person gets a ring and their name, and lines to the other communities they share
    j / k walk through the communities and people, g / G go to the first and last; Enter opens one, e edits, i logs a contact, a adds a person
    A label like "1-28/40" means people 1 to 28 of 40 are shown (the part holding the selection)
look-back-value = { $name } { $accepted } ({ $with_outcome } with outcome)
look-back-value-none = { $name } 0

## Status messages

decided = decision recorded: { $name }
no-record-id = no record numbered "{ $item }"; write #12 or press Ctrl-p to pick
nothing-to-pick = there is no { $noun } to pick yet; add one first
number-range = a number from { $min } to { $max }
balance = { $given ->
    [one] { $given } introduction made
   *[other] { $given } introductions made
}, { $received } received
# Added after the balance when some introductions are only planned.
balance-planned = {" "}({ $planned } more planned)
editor-failed = the editor could not be used: { $why } (set VISUAL or EDITOR); the field is unchanged
contact-logged = logged a contact with { $name }
newer-version = This file was written by a newer tsunagari (version { $version }); opened read-only so nothing is lost.
upgraded = This file used an older format (version { $version }); it is saved in the current one, the original kept as a backup.
deleted = deleted { $name }
undone = Undone: { $label }. Ctrl-r redoes it
redone = Redone: { $label }
confirm-delete = { $touched ->
    [0] Delete "{ $name }"? (u undoes it)
    [one] Delete "{ $name }"? { $touched } other record links to it; that link goes too. (u undoes it)
   *[other] Delete "{ $name }"? { $touched } other records link to it; those links go too. (u undoes it)
}
edit-missing-link = the linked record ({ $record }) does not exist
edit-still-linked = { $record } is still linked from other records
edit-not-found = { $record } does not exist
map-pages = { $first }-{ $last } of { $total } communities
stocktake-same-day = There is a stock-take on { $date } already: edit that one (e)
last-of = (the last { $shown } of { $all })

## List orders

order-natural = natural
order-name = by name
order-date = newest first
order-strength = strongest first
order-reconnect = reconnect
order-reactions = most reactions first
order-excitement = most exciting first
order-stale = longest since first

## What the keys do (footer and help)

action-form-close = cancel (asks if changed)
action-confirm-close = no
action-pick-close = close (no change)
action-pick-save = use the marked
action-toggle-lang-long = switch to 日本語
action-guide-export = export the summary
action-guide-save = next
action-guide-add = own card
action-guide-page-up = back
action-guide-page-down = skip
action-guide-chapter = chapter
action-guide-close = leave (w resumes)
action-guide-rank-up = rank up
action-guide-rank-down = rank down
action-quit = quit
action-pile-1 = very important
action-pile-2 = important
action-pile-3 = not so much
action-mark = pick/unpick
action-next-tab = next tab
action-prev-tab = previous tab
action-go-tab = go to tab
action-next-pane = switch list
action-up = up
action-down = down
action-top = top
action-bottom = bottom
action-page-up = page up
action-page-down = page down
action-open = open
action-add = add
action-edit = edit
action-next-field = next field
action-prev-field = previous field
action-sort = sort
action-log-contact = log a contact
action-external-edit = edit in $EDITOR
action-save = save
action-input = type
action-delete = delete
action-undo = undo
action-redo = redo
action-search = search the list
action-search-accept = keep the search, back to the list
action-search-clear = clear the search
action-export = export
action-walkthrough = walkthrough
action-help = help
action-toggle-lang = 日本語
action-toggle-mouse = mouse on/off
action-toggle-borders = ASCII borders on/off
action-confirm = yes
action-accept = accept
action-decline = decline
action-later = later
action-threshold-up = raise the pass mark
action-threshold-down = lower the pass mark
action-rank-up = move a value up
action-rank-down = move a value down
action-pick = pick from a list
action-choose = choose/mark
action-close = close

## Storage: reading, saving, the lock

store-cannot-read = { $path }: cannot read the workbook: { $reason }
store-parse = { $path }:{ $problem }{ $backup }
store-not-a-file = { $path } is { $what ->
    [directory] a folder
    [pipe] a named pipe
    [socket] a socket
   *[device] a device
}, not a workbook file; give the path of a file (a new name makes a new workbook)
store-dangling-link = { $link } is a link to { $target }, which does not exist; mount or restore that file, or point the link elsewhere (a new, empty workbook is not made in its place)
store-export-refused = not written: { $output } is { $what ->
    [workbook] the workbook itself ({ $workbook })
    [companion] a file that keeps the workbook { $workbook } safe (a backup, its lock or a conflict copy)
   *[other] a tsunagari workbook
}; choose another file name for the summary
store-invalid = { $place }: { $problem }{ $more ->
    [0] {""}
    [one] {" "}(and { $more } more problem; `tsunagari check` lists them)
   *[other] {" "}(and { $more } more problems; `tsunagari check` lists them)
}{ $backup }
store-no-problems = no problems were found
store-backup = {" "}(the file was not changed; newest backup: { $path })
store-no-backup = {" "}(the file was not changed; there is no backup yet)
store-not-utf8 = { $at }: the file is not valid UTF-8 text
store-syntax = { $at }: { $detail }
store-too-new = { $at }: written by a newer tsunagari (file version { $version }, this build reads up to { $current }) and this build cannot read it: { $detail }; please update tsunagari
store-conflict = the file changed on disk since it was opened; it was left as it is and your version was saved to { $copy }. Saving stops here: quit and open the workbook again, and the two versions are merged
store-cannot-save = cannot save: { $reason }
store-locked-by = { $path }: the workbook is open in another tsunagari (process { $pid }); close that one first
store-locked = { $path }: the workbook is open in another tsunagari; close that one first
store-cannot-lock = { $path }: cannot lock the workbook: { $reason }

## Encryption at rest (`tsunagari encrypt` / `decrypt`, and opening an encrypted workbook)

cli-about-encrypt = Encrypt the workbook with a passphrase: it becomes WORKBOOK.ron.age, and its backups and copies are encrypted too.
cli-about-decrypt = Turn an encrypted workbook back into plain RON (asks for its passphrase).
store-cannot-open = { $path }: cannot open the encrypted workbook: { $reason }
crypt-needs-passphrase = it is encrypted and no passphrase was given
crypt-wrong-passphrase = the passphrase is wrong (the file was not changed)
crypt-not-passphrase = it is an age file encrypted to a key, not to a passphrase; tsunagari opens only passphrase-encrypted workbooks
crypt-too-much-work = it asks for an scrypt work factor of { $asked }, above the { $most } this build accepts (the file was not changed)
crypt-damaged = the file is damaged or cut short ({ $detail }); it was not changed, and a backup beside it may still open
crypt-no-terminal = the workbook is encrypted, and there is no terminal to ask for its passphrase: run it in a terminal, or name a file holding the passphrase in { $var }
crypt-prompt = Passphrase for { $name }:{" "}
crypt-prompt-new = New passphrase for { $name }:{" "}
crypt-prompt-again = The same passphrase again:{" "}
crypt-empty = The passphrase cannot be empty.
crypt-weak = This passphrase is weak: zxcvbn, a strength estimator, expects it to fall within about 10^{ $power } guesses, few enough for many computers trying a stolen file. Four or more unrelated words are far stronger. Type it again to use it anyway, or press Ctrl-C and choose another.
crypt-weak-file = warning: the passphrase in { $path } is weak (zxcvbn expects it to fall within about 10^{ $power } guesses); it is used as given
crypt-file-open = warning: { $path } ({ $var }) can be read by other users of this machine (mode { $mode }); `chmod 600` it
crypt-mismatch = The two passphrases differ; please type them again.
crypt-not-set = no passphrase was set (the two typings differed three times); nothing was changed
crypt-wrong-again = That passphrase is wrong; please try again.
crypt-cancelled = cancelled; nothing was changed
crypt-terminal = cannot ask for the passphrase on the terminal: { $reason }
crypt-not-utf8 = the passphrase is not valid UTF-8 text
crypt-file-unreadable = { $var }: cannot read { $path }: { $reason }
crypt-file-empty = { $var }: the first line of { $path } is empty; it must hold the passphrase
crypt-both = both { $plain } and { $sealed } exist, and tsunagari will not guess which is your workbook. The encrypted one opens with --file { $sealed }; look at the plain one (an older copy?) and move it out of the way, then both names work again
crypt-export-plain = Note: the summary is written unencrypted, although the workbook is encrypted.
crypt-no-outside-editor = The outside editor is not used for an encrypted workbook: it would read the text from an unencrypted temporary file.
crypt-not-a-workbook = { $path } does not read as a workbook ({ $problem }); fix it first (tsunagari check) — nothing was changed
crypt-verify-failed = { $path } did not read back as what was written; it was removed again and nothing else was changed
crypt-exists = { $path } already exists; nothing was changed
crypt-already = { $path } is already encrypted
crypt-not-encrypted = { $path } is not encrypted
crypt-no-plain-name = { $path } does not end in .age, so there is no plain name to decrypt it into; rename it to end in .ron.age first
crypt-encrypted = Encrypted { $from } into { $to }; the unencrypted file was removed.
crypt-decrypted = Decrypted { $from } into { $to }; the encrypted file was removed.
crypt-companions = { $count ->
    [one] One backup or conflict copy beside it was
   *[other] { $count } backups and conflict copies beside it were
} { $mode ->
    [encrypted] encrypted (the unencrypted ones were removed).
   *[decrypted] decrypted.
}
crypt-emergency = { $count ->
    [one] One emergency copy was
   *[other] { $count } emergency copies were
} { $mode ->
    [encrypted] encrypted (the unencrypted ones were removed).
   *[decrypted] decrypted.
}
crypt-kept = { $count ->
    [one] One version kept for merging was
   *[other] { $count } versions kept for merging were
} { $mode ->
    [encrypted] encrypted (the unencrypted ones were removed).
   *[decrypted] decrypted.
}
crypt-leftovers = { $count ->
    [one] One temporary file left by an interrupted save was removed.
   *[other] { $count } temporary files left by interrupted saves were removed.
}
crypt-copy-failed = { $path } could not be converted ({ $reason }) and was left as it is; move or delete it yourself
crypt-link = { $link } is a symbolic link to { $target }: converting would replace that file with one of another name and leave the link pointing at nothing; convert the file itself (--file { $target }), then point the link at the new name
crypt-remember = Keep the passphrase somewhere safe: without it the workbook cannot be opened, by you or by anyone else.

## Storage: what is wrong in a file

problem-duplicate-id = two records have the id of { $record }
problem-missing-link = { $from } links to { $to }, which does not exist
problem-missing-evidence = the evidence of the asset "{ $asset }" links to { $to }, which does not exist
problem-duplicate-asset = the asset "{ $asset }" is listed twice
problem-shared-id = { $second } has the same id number as { $first } (every record needs its own number; give one of them a number no other record has and change the links to it)
problem-id-out-of-range = { $record } has an id outside 1 to { $max }
problem-next-id = next_id is { $written }, but it must be above the largest id in the file ({ $largest }); ids go on from { $repaired }, and saving writes next_id: { $repaired }
date-unrecognised = "{ $input }" is not a date: write 2026-11-23, 11/23, today or yesterday
date-no-such-day = "{ $input }" is not a day on the calendar: months run 1 to 12, and days up to the month's last
# Why a file could not be read or written.
io-not-found = the folder does not exist
io-permission = no permission to write there
io-disk-full = the disk is full
io-is-a-folder = that is a folder: give a file name too
io-not-a-folder = part of the path is not a folder
io-other = cannot write the file ({ $reason })

## Import

import-no-name = no name
import-field-count = { $found } fields where the header has { $expected }
import-bad-date = "{ $input }" is not a date (LinkedIn writes 12 Nov 2024)
import-not-utf8 = { $column }: not UTF-8 text
import-unterminated = the card that starts here has no END:VCARD
import-outside-card = text outside any card (BEGIN:VCARD to END:VCARD)
import-unreadable = cannot read this row: { $reason }
import-no-colon = a line without a colon between the name and the value: "{ $text }"
import-bad-quoted-printable = { $property }: "{ $sequence }" is not quoted-printable (an = must be followed by two hex digits); the file was damaged on the way, so export the contact again
import-bad-charset = { $property }: the text is not valid { $charset } (cut short, or saved in another encoding)
import-unknown-charset = { $property }: unknown character set "{ $charset }"; export the contact again as vCard 3.0 or 4.0 (UTF-8)
# The line the message starts with (FILE:LINE:) is the first of the swallowed lines.
import-unclosed-quote = the quote (") on line { $quote } is never closed, so every line up to line { $last } was read as one row and { $rows ->
    [one] { $rows } row is
   *[other] { $rows } rows are
} left out; close or remove that quote and import again
import-no-header = no header line (First Name,Last Name,...) found; is this the Connections.csv downloaded from LinkedIn?
import-no-cards = no BEGIN:VCARD found; is this a vCard (.vcf) file?
import-utf16 = the file is UTF-16 text; save it as UTF-8 and import that
import-csv-not-utf8 = the file is not UTF-8 (Shift_JIS or Latin-1, say); save it as "CSV UTF-8" (Excel) and import that. Nothing was imported
import-vcard-not-utf8 = the file is not UTF-8 and no CHARSET= says what it is; export the contacts again as vCard 3.0 or 4.0 (always UTF-8), or convert the file with iconv -f ITS-ENCODING -t UTF-8. Nothing was imported
import-vcard-shift-jis = the file is not UTF-8 and no CHARSET= says what it is, but it reads as Shift_JIS (usual for Japanese phones): convert it with iconv -f SHIFT_JIS -t UTF-8 { $from } > { $to } and import { $to }, or export the contacts again as vCard 3.0 or 4.0 (always UTF-8). Nothing was imported
filled-phonetic = reading
filled-email = email
filled-url = URL
filled-organisation = organisation
filled-role = role
filled-notes = notes
filled-first-contact = first contact

## The command line

list-separator = {", "}
cannot-write = { $path }: { $reason }
not-writable = { $path }: the file is read-only (allow changes with chmod u+w)
future-date = "{ $input }" is in the future; give the date it happened
duplicate = there is already a { $noun } named "{ $name }"
empty-name = the { $noun } has no name or text; write something
no-such = no { $noun } named "{ $name }"; add it first: tsunagari add { $command } "{ $name }"
added = added { $record }
cli-usage = { $error } (see { $help })
cli-no-data-dir = cannot find a data directory for the workbook; pass --file PATH
cli-cannot-create-dir = { $path }: cannot create the directory: { $reason }
cli-newer-refused = { $path }: written by a newer tsunagari (version { $version }); update tsunagari to change it
cli-save-failed = { $path }: { $reason }
cli-no-such-file = { $path }: no such file
cli-check-unsettled = { $path }: readable, { $records ->
    [one] { $records } record
   *[other] { $records } records
}, but not settled:
cli-check-ok = { $path }: ok, { $records ->
    [one] { $records } record
   *[other] { $records } records
}
cli-check-emergency = an emergency copy of this workbook waits at { $copy }: open the app on it to bring it back
cli-check-newer = { $path }: readable, { $records ->
    [one] { $records } record
   *[other] { $records } records
}, but written by a newer tsunagari (version { $version }); it opens read-only
cli-needs-terminal = tsunagari needs a terminal; for scripts use `tsunagari list KIND --json`
cli-terminal-setup = cannot set up the terminal: { $reason }
cli-terminal = terminal error: { $reason }
cli-start = cannot start: { $reason }
cli-json = cannot write JSON: { $reason }
cli-temp-dir = cannot create a temporary directory: { $reason }
cli-cannot-read = { $path }: cannot read: { $reason }
# $what is "rows" for a CSV file, "cards" for a vCard file.
cli-nothing-imported = nothing imported: { $bad ->
    [one] { $bad } { $what ->
        [cards] card
       *[rows] row
    }
   *[other] { $bad } { $what ->
        [cards] cards
       *[rows] rows
    }
} could not be read (listed above); fix them and run again, or pass --skip-bad to import the rest
cli-import-summary = { $added ->
    [one] { $added } person added
   *[other] { $added } people added
}, { $updated } updated, { $unchanged } unchanged{ $skipped ->
    [0] {""}
    [one] ; { $skipped } bad row skipped
   *[other] ; { $skipped } bad rows skipped
}
cli-dry-run = dry run: nothing was written

## The command line's help (`--help`), one message per command and option

cli-about = A terminal workbook for loose ties (ゆるやかな繋がり) and transformational assets (変身資産)
cli-about-demo = Open a sample workbook (your own file is not touched).
cli-about-walkthrough = Open the guided walkthrough (it also starts by itself with a new workbook).
cli-about-check = Check a workbook file and report problems as PATH:LINE:COLUMN: message.
cli-about-add = Add a record from the shell.
cli-about-add-value = A final value.
cli-about-add-community = A community (Step 1).
cli-about-add-person = A person (a tie).
cli-about-add-tag = A tag you want to be known for.
cli-about-add-output = A small output (Step 2).
cli-about-add-introduction = An introduction: FIRST introduced to SECOND (Step 2), made or only planned.
cli-about-add-invitation = An invitation (Step 3).
cli-about-add-reflection = A reflection: what you noticed, in a sentence or two.
cli-about-list = Print the records of one kind, under a line of column names (as JSON with --json).
cli-about-import = Bring real contacts in as people (importing the same file again adds nobody twice).
cli-about-import-linkedin = LinkedIn's Connections.csv (Settings, Data privacy, Get a copy of your data).
cli-about-import-vcard = A vCard file (.vcf) with one or many contacts, from a phone, Contacts or Google.
cli-about-export = Write the printable summary (to standard output, or to a file with -o).
cli-about-completions = Write a completion script for your shell to standard output (see the README to install it).
cli-about-today = Print this week's three steps and the next small actions, in plain text (or JSON with --json); quick enough for a shell start-up file.
cli-arg-today-json = The same as JSON, for scripts and status bars.
today-next = Next small actions
cli-about-man = Write the manual page (roff) to standard output.
cli-about-help = Print this help, or the help of the given command.

cli-arg-file = The workbook file (default: the platform data directory); its folder must exist.
cli-arg-config = The config file (default: config.ron in the platform config directory).
cli-arg-lang = Language of the screens and messages (default: from the config file, then the locale).
cli-arg-ascii = Draw borders with ASCII characters (for terminals that draw box lines two cells wide).
cli-arg-help = Print help.
cli-arg-version = Print the version.
cli-arg-help-subcommand = The command to explain.
cli-arg-list-kind = Which records (a plural, a noun, or its Japanese name: people, person, 人).
cli-arg-list-json = A JSON array of the records as stored, for scripts.
cli-arg-export-format = The page to write.
cli-arg-export-output = Where to write it (default: standard output).
cli-arg-export-no-names = Leave people's names out (they are numbered instead), and your own name.
cli-arg-completions-shell = The shell to complete for.
cli-arg-import-linkedin-path = The Connections.csv to import.
cli-arg-import-linkedin-dry-run = Show who would be added or updated, and write nothing.
cli-arg-import-linkedin-skip-bad = Import the rows that can be read and report the others (without it, one bad row means nothing is imported).
cli-arg-import-vcard-path = The .vcf file to import.
cli-arg-import-vcard-dry-run = { cli-arg-import-linkedin-dry-run }
cli-arg-import-vcard-skip-bad = Import the cards that can be read and report the others (without it, one bad card means nothing is imported).
cli-arg-add-value-name = The value, in a word or two.
cli-arg-add-value-description = What it means to you.
cli-arg-add-value-rank = 1 is the most important; the values from there on move down (default: last).
cli-arg-add-community-name = The community's name.
cli-arg-add-community-kind = What kind of community it is.
cli-arg-add-community-status = How far you are with it.
cli-arg-add-community-distance = How close you stand to it.
cli-arg-add-community-cadence = How often it meets.
cli-arg-add-community-outside = Outside the circles you usually move in.
cli-arg-add-community-values = A final value it serves (by name; repeat for several).
cli-arg-add-community-interests = An interest it feeds (repeat for several).
cli-arg-add-community-last-visit = The last time you went.
cli-arg-add-community-notes = Anything to remember.
cli-arg-add-person-name = Their name.
cli-arg-add-person-field = Their field or industry (a variant of a field already in the workbook takes its spelling).
cli-arg-add-person-organisation = Where they work or belong (a company, a school).
cli-arg-add-person-role = What they do there (a position, a job title).
cli-arg-add-person-how-met = How you met, in a few words.
cli-arg-add-person-met-in = The community where you met (by name).
cli-arg-add-person-time = Time spent together, 0-4.
cli-arg-add-person-emotion = Emotional intensity, 0-4.
cli-arg-add-person-intimacy = Intimacy (mutual confiding), 0-4.
cli-arg-add-person-reciprocity = Reciprocal services, 0-4.
cli-arg-add-person-last-contact = The last time you were in touch (default: today).
cli-arg-add-person-notes = Anything to remember.
cli-arg-add-tag-name = The tag, as others would say it.
cli-arg-add-tag-description = What it stands for.
cli-arg-add-output-text = What you put out.
cli-arg-add-output-date = The day it went out (not after today).
cli-arg-add-output-channel = Where it went out.
cli-arg-add-output-tags = A tag it shows (by name; created when new; repeat for several).
cli-arg-add-output-reactions = How many reactions it got.
cli-arg-add-introduction-first = Who was introduced (a person, by name).
cli-arg-add-introduction-second = To whom (a person, by name).
cli-arg-add-introduction-direction = Who made it: you, or FIRST for you.
cli-arg-add-introduction-planned = Not made yet, only meant to: kept apart from the introductions made.
cli-arg-add-introduction-date = The day it was made (not after today).
cli-arg-add-introduction-follow-up = A day to come back to it: to make a planned one, to ask how a made one went.
cli-arg-add-introduction-why = Why those two.
cli-arg-add-invitation-what = What you were invited to.
cli-arg-add-invitation-from = Who it came from (a person, by name).
cli-arg-add-invitation-via = Through which community (by name).
cli-arg-add-invitation-kind = What kind of invitation it is.
cli-arg-add-invitation-received = The day it reached you (default: today); the deadline cannot be before it.
cli-arg-add-invitation-deadline = The day to answer by.
cli-arg-add-invitation-event = The day it takes place; afterwards the week page asks once how it went.
cli-arg-add-invitation-excitement = How exciting it is (ワクワク), 1-5; 0 is not rated.
cli-arg-add-invitation-cost = What it would cost you in time and effort.
cli-arg-add-invitation-decision = What you decided, if you already have (the day is today).
cli-arg-add-invitation-reason = Why you decided so.
cli-arg-add-invitation-practice = Only to practise the value filter with: kept out of every count.
cli-arg-add-reflection-text = What you noticed.
cli-arg-add-reflection-topic = What it is about (default: general).
cli-arg-add-reflection-date = The day you wrote it (default: today; not after today).

cli-value-path = PATH
cli-value-file = FILE
cli-value-lang = LANG
cli-value-kind = KIND
cli-value-format = FORMAT
cli-value-shell = SHELL
cli-value-name = NAME
cli-value-text = TEXT
cli-value-rank = RANK
cli-value-status = STATUS
cli-value-distance = DISTANCE
cli-value-cadence = CADENCE
cli-value-value = VALUE
cli-value-date = DATE
cli-value-community = COMMUNITY
cli-value-person = PERSON
cli-value-tag = TAG
cli-value-channel = CHANNEL
cli-value-count = COUNT
cli-value-direction = DIRECTION
cli-value-cost = COST
cli-value-decision = DECISION
cli-value-topic = TOPIC
cli-value-command = COMMAND

# The frame of --help; clap's own English one is kept in English, so these are for Japanese.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-global = Global options
cli-heading-options = Options
cli-help-choices = { $help } (one of: { $choices })
cli-help-default = { $help } (default: { $default })
cli-help-env = { $help } (also from { $name })

# The headings of the manual page (`tsunagari man`) that are not those of --help.
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-version = VERSION

## The command line's usage errors: what was wrong, then which help to read

cli-error-missing = { $args } is needed
cli-error-no-value = { $arg } needs a value
cli-error-bad-value = { $arg } cannot be "{ $value }"
cli-error-choices = choose one of: { $choices }
cli-error-did-you-mean = did you mean "{ $suggestion }"?
cli-error-number-range = give a whole number from { $min } to { $max }
cli-error-number-min = give a whole number, { $min } or more
cli-error-unknown-option = there is no option { $arg } here
cli-error-dash-value = to give a value that starts with "-", put it after -- (-- { $arg })
cli-error-extra-word = "{ $arg }" is one word too many; put quotes around a name or text with spaces ("Sato Misaki")
cli-error-unknown-command = there is no command "{ $command }"
cli-error-conflict = { $arg } cannot be used with { $other }
cli-error-twice = { $arg } can be given only once
cli-error-missing-command = give a command: { $commands }
cli-error-values = { $arg } was given the wrong number of values
cli-error-no-equals = { $arg } takes its value after "=" ({ $arg }=VALUE)
cli-error-utf8 = an argument is not valid UTF-8
cli-error-other = the command line cannot be read

## `tsunagari list`

cli-list-kind-assets = asset
cli-col-id = #
cli-col-rank = rank
cli-col-name = name
cli-col-description = description
cli-col-kind = kind
cli-col-status = status
cli-col-field = field
cli-col-last-contact = last contact
cli-col-date = date
cli-col-text = text
cli-col-who = who introduced whom
cli-col-why = why
cli-col-deadline = deadline
cli-col-what = what
cli-col-decision = decision
cli-col-asset = asset
cli-col-rating = rating
cli-col-note = note
cli-col-topic = topic
# $noun is the kind of record; $command the `add` that makes one.
cli-list-empty-add = no { $noun } records yet; add one with: tsunagari add { $command }
cli-list-empty-app = no { $noun } records yet; take stock in the app (tsunagari, the Assets tab)
cli-file-no-folder = { $folder }: no such folder; create it (mkdir -p "{ $folder }") or give --file a path in a folder that exists
cli-file-not-folder = { $folder }: this is not a folder; give --file a path in a folder

## The config file

config-unreadable = config { $path }{ $at }: { $reason }; the defaults apply until it is fixed or removed
config-reason = { $reason }
config-not-utf8 = not UTF-8 text
config-bad-color = config: colour "{ $value }" for { $role } not understood (write cyan, #rrggbb or 0-255)
config-unknown-action = config: no action called "{ $action }" (the names are in the README's key table)
config-bad-key = config: key "{ $key }" for { $action } not understood (write a, Ctrl-r, F2, Enter)
config-steals-typing = config: "{ $key }" for { $action } would stop that letter being typed; use a Ctrl- or F key
config-unreachable = config: "{ $action }" has no key left (another action took it)
config-more = { $first } ({ $more } more: see tsunagari check)


## The walkthrough

guide-title = Guided walkthrough
guide-chapter-ties = Loose ties
guide-chapter-values = Final values
guide-chapter-communities = 1 Communities
guide-chapter-outputs = 2 Tags and outputs
guide-chapter-invitation = 3 Invitations
guide-chapter-assets = Assets
guide-chapter-summary = Summary
# A chapter's idea: its heading, then a few short paragraphs, each separated from the next by
# a blank line (a paragraph is one line; the screen wraps it).
guide-explain-ties =
    What loose ties bring you

    The people you see every day mostly know what you know. News of a new job or a new chance tends to come from someone you see now and then, who moves in another circle.

    In Mark Granovetter's study of people who found a job through a contact, only 16.7% saw that contact often; 55.6% saw them occasionally and 27.8% rarely.

    The evidence is mixed, though: when Watanabe Shin (1991) surveyed men in Tokyo, Kanagawa, Chiba and Saitama who had changed jobs (data from 1985), weak ties showed no such advantage, and close ties both passed on enough news of openings and led to better pay, commitment to the new employer and job satisfaction.

    This guide walks the three steps (choose communities, make your tags visible, answer small invitations) and writes your answers into your workbook as you go. Esc leaves at any point; next time you pick up where you stopped.
guide-explain-values =
    Final values: your filter

    Final values are what you care about for their own sake, not as a means to something else. They are the yardstick for what to join and which invitations to take.

    An end is wanted for itself, while a means is a way of acting that gets you there: being honest is a means, and a life you need not be ashamed of is the end it serves.

    Next you will see value cards one at a time. Sort each on instinct: 1 very important, 2 important, 3 not so much. If a card you need is missing, press a to add your own.

    Then you pick your top three to five, put them in order, and say in a few words what each one means to you.
guide-explain-communities =
    Step 1: show up in a few places

    Have a few places to show up besides work and home. Choosing them by your interests and by the values you just chose makes them last.

    Not one place but several, of different kinds. You also choose how close to be: watch, take part, contribute, organise. A comfortable distance is enough.

    Name one to three places you are curious about. From the second on, leave the name empty to move on.
guide-explain-outputs =
    Step 2: make your tags visible

    Your tags are the headings people file you under. Small, regular outputs are the quickest way to become the one people think of for a topic.

    The other quick way is to introduce people to each other: whoever makes an introduction stays in both memories.

    Write the tags you want to be known for, a first small output, and two people you could introduce.
guide-explain-invitation =
    Step 3: answer small invitations

    Loose ties bring small, unexpected invitations. Krumboltz named five skills that turn unplanned events into chances: curiosity, persistence, flexibility, optimism and risk-taking.

    You need not say yes to every one: your values are the filter.

    Write down one recent invitation (or imagine one), say how it fits each of your values, and see what the filter makes of it. Unless you give the day it really came, it is kept as practice and left out of every count.
guide-explain-assets =
    Taking stock of your transformational assets

    Gratton and Scott call what carries you through a change of life stage transformational assets: knowing yourself, a diverse network, and openness to new experience.

    Rate each from 1 to 5 as it feels now; the indicators counted from your records are there to compare. At the end they are kept as your first dated stock-take.
guide-explain-summary = Summary
# The questions. $value is a final value's name, $community a community's, $asset an asset's.
guide-ask-owner = First, your name? (It goes on your summary; you may leave it empty.)
guide-ask-describe = What does "{ $value }" mean to you?
guide-ask-community-name = Community { $n }: what is it called?
guide-ask-community-kind = What kind of place is "{ $community }"? (press its number)
guide-ask-community-distance = How close do you want to be to "{ $community }"? (press its number)
guide-ask-interests = What are you curious about these days? Name a few interests; communities that share one are worth a visit. (Comma separated; Enter to skip)
guide-ask-community-interests = Which of your interests does "{ $community }" feed, if any? (Comma separated; Enter to skip)
guide-label-interests = Interests
guide-example-interests = e.g. photography, local history
guide-ask-community-outside = Is "{ $community }" outside the circles you usually move in (work, family, old friends)?
guide-label-outside = Outside
guide-outside-no = no, inside my usual circles
guide-outside-yes = yes, outside them
guide-ask-community-values = Which of your values does "{ $community }" serve? (Ctrl-p to pick)
guide-ask-tags = Which tags do you want to be known for? (separate them with commas)
guide-ask-output = A small output you have shared lately? (a short post, a note you passed on; kept with today's date. Not done yet? Skip it with PgDn and make it one of this week's steps.)
guide-ask-introduce-people = Two people who should meet? (two names, a comma between; kept as an introduction still to make)
guide-ask-community-status = Where are you with "{ $community }" now? (press its number; trying it or active counts towards Step 1)
guide-ask-output-channel = Where did it go? (press its number)
guide-ask-output-tags = Which of your tags does it show? (commas between; Ctrl-p to pick; none: leave it empty and press Enter)
guide-ask-invite-received = If it really came to you, on what day? (e.g. 11/20, yesterday; left empty, it is kept as practice and counted nowhere)
guide-ask-introduce-why = Why those two?
guide-ask-invite-what = A small invitation that came your way lately?
guide-ask-invite-fit = Does it fit "{ $value }"? (press its number)
guide-ask-invite-excitement = How excited are you about it? (0 to 5)
guide-ask-invite-cost = What would it cost you in time and money? (press its number)
guide-ask-invite-decision = What will you do? (press its number)
guide-ask-invite-reason = Why, in a few words?
guide-ask-rate = How strong is your "{ $asset }" now, from 1 to 5?
# A question's short field label.
guide-label-name = Name
guide-label-meaning = Meaning
guide-label-distance = Distance
guide-label-kind = Kind
guide-label-values = Values
guide-label-tags = Tags
guide-label-output = Output
guide-label-two-people = Two people
guide-label-status = Status
guide-label-channel = Channel
guide-label-received = Came on
guide-label-why = Why
guide-label-invitation = Invitation
guide-label-fit = Fit
guide-label-excitement = Excitement
guide-label-cost = Cost
guide-label-decision = Decision
guide-label-rating = Rating
# A question's example, shown greyed while the field is empty (a placeholder, never an answer).
guide-example-owner = e.g. Alex Kim
guide-example-describe = e.g. choosing my own pace of work
guide-example-community-name = e.g. a morning reading circle
guide-example-community-values = e.g. Learning, Connection
guide-example-tags = e.g. Rust, local design
guide-example-output = e.g. three lines on yesterday's meetup
guide-example-introduce-people = e.g. Sam, Yuki
guide-example-introduce-why = e.g. both care about local disaster prep
guide-example-invite-what = e.g. a 10-minute talk at a friend's meetup
guide-example-invite-excitement = 0 to 5
guide-example-invite-received = e.g. 11/20 (empty: practice)
guide-example-invite-reason = e.g. I learn from it and it costs little
# Any other text given as an example (a card's line, the filter's reasons).
guide-example = e.g. { $text }
# How an invitation fits a value, from -2 to +2.
guide-fit-against = -2 goes against it
guide-fit-a-little-against = -1 a little against
guide-fit-unrelated = 0 unrelated
guide-fit-a-little = +1 fits a little
guide-fit-well = +2 fits well
# The card sort's three piles (keys 1, 2, 3).
guide-pile-very-important = very important
guide-pile-important = important
guide-pile-not-so-much = not so much
guide-name-or-skip = Type a name (or PgDn to skip)
guide-required-or-skip = Write a few words (or PgDn to skip)
guide-two-names = Write two different names with a comma between
guide-own-card-label = Your own card
guide-own-card-example = e.g. Travel
guide-card-unnamed = Write the card's name
guide-card-taken = "{ $name }" is sorted already
guide-pick-count = Pick three to five (now { $n })
guide-sort-first = Sort the cards first with 1, 2 or 3
guide-card-count = Card { $at } of { $total }
guide-all-sorted = Every card is sorted. Enter goes on to picking your top ones; PgUp takes the last card back.
guide-sort-keys = PgUp (Backspace) takes the last card back / a adds a card of your own
guide-top-intro = Pick three to five (Space), move a pick up or down with K / J, then Enter. The ranking shows above the cards.
guide-your-ranking = Your ranking
guide-verdict-intro = What the value filter says
guide-stocktake-intro = Press Enter to keep today's ratings and indicators as a stock-take dated today.
guide-summary-intro = Every answer is in your workbook. x exports this summary (a printable HTML page and more). Enter ends the guide (w brings it back any time).
# The summary's lines: what the walkthrough left in the workbook.
guide-summary-name = Name
guide-summary-values = Values
guide-summary-communities = Communities
guide-summary-tags = Tags
guide-summary-outputs = Outputs
guide-summary-decided = Decided invitations
guide-summary-assets = Assets
guide-summary-stocktakes = Stock-takes
# Coming back to an unfinished walkthrough; $chapter is the chapter's name.
guide-welcome-back = Welcome back. You will continue with "{ $chapter }". Enter goes on; [ ] choose another chapter to review; Esc closes.
guide-welcome-finished = Welcome back. You finished the walkthrough on { $date }. Enter opens "{ $chapter }"; [ ] choose another chapter to review; Esc closes.
guide-done = Walkthrough done. Press w to look back at any time
guide-left = Walkthrough paused. Press w to go on where you stopped
# The label of the walkthrough's answers in the undo history.
guide-answer-label = walkthrough answer
# Drawn at the end of the last row when a page scrolls on (the spaces keep it off the text).
guide-more-below = {" "}more: j{" "}

## Value cards

# The card sort's cards: card-<key> is a card's name, card-<key>-about its line. The keys are
# stored in workbooks (src/model/cards.rs, underscores written as hyphens here); the words may
# change freely. The set, the names and the descriptions are our own.
# Every card is an end wanted for itself, not a way of acting (a means): see the note on CARDS.
card-freedom = Freedom
card-freedom-about = Deciding for myself where my time goes
card-learning = Learning
card-learning-about = Going on finding out what I did not know
card-connection = Connection
card-connection-about = Being part of a web of people
card-family = Family
card-family-about = Time with my own, and their lives secure
card-health = Health
card-health-about = Keeping body and mind well for the long run
card-joy-of-creating = Joy of creating
card-joy-of-creating-about = New things and ideas coming from my own hands
card-exciting-life = An exciting life
card-exciting-life-about = New things worth the effort, one after another
card-contribution = Contribution
card-contribution-about = Someone, or society, a little better off for my being there
card-security = Security
card-security-about = A life I can plan and feel safe in
card-growth = Growth
card-growth-about = Being able to do a little more than yesterday
card-self-respect = Self-respect
card-self-respect-about = Living in a way I need not be ashamed of
card-beauty = Beauty
card-beauty-about = Living among beautiful things
card-fun = Fun
card-fun-about = Days with enjoyment in them
card-self-sufficiency = Self-sufficiency
card-self-sufficiency-about = A life I can support by my own means
card-adventure = Adventure
card-adventure-about = Knowing lands and worlds I had not seen
card-wisdom = Wisdom
card-wisdom-about = Seeing clearly what really matters
card-peace = Peace
card-peace-about = A calm world without conflict
card-fairness = Fairness
card-fairness-about = Everyone treated alike
card-recognition = Recognition
card-recognition-about = Having what I do seen by others
card-friendship = Friendship
card-friendship-about = Friends I can trust for years
card-harmony = Inner harmony
card-harmony-about = Being at peace with myself
card-achievement = Achievement
card-achievement-about = A sense of having accomplished something
card-others-wellbeing = Others' well-being
card-others-wellbeing-about = The people around me well and at ease
card-mastery = Mastery
card-mastery-about = Being truly good at one craft


## The printable summary

export-title = Loose ties and transformational assets: a summary
# A person's stand-in name when names are left out.
export-person-number = person #{ $id }
export-made-on = Made on
export-name = Name
export-values = Final values
export-communities = Step 1: communities
export-tags-and-outputs = Step 2: tags and outputs
export-tags = Tags
export-recent-outputs = Outputs of the last 90 days
export-outputs-per-week = Outputs per week (last 12 weeks)
export-introductions = Introductions
export-invitations = Step 3: invitations and decisions
export-people = People and ties
export-assets = Assets and stock-takes
export-reflections = Reflections
export-next-actions = Small next actions
export-nothing-yet = None yet
export-interests = My interests
ics-name = tsunagari: deadlines and this week
ics-deadline = Answer by today: { $invitation }
ics-event = On the day: { $invitation }
ics-follow-up-planned = Introduce { $first } and { $second }
ics-follow-up-made = Ask how it went: { $first } and { $second }
export-months = Months of change (the last twelve)
export-score = Value filter
# Krumboltz's happenstance skills named on invitations (the last 90 days, not a calendar quarter).
export-happenstance = Happenstance skills (last 90 days)
export-skill-times = { $skill }: { $times ->
    [one] once
   *[other] { $times } times
} in the last 90 days
export-no-skills = None named in the last 90 days
export-reason = Reason
export-outcome = Outcome
export-why = Why
export-rating = Self-rating
export-history = Rating at each stock-take (the last is today)
export-stocktakes = Stock-takes
# How many outputs carry a tag.
export-outputs-count = { $n ->
    [one] { $n } output
   *[other] { $n } outputs
}
export-last-output = last output
# The people, their ties by kind, how many fields and bridges.
export-ties = { $people ->
        [one] { $people } person
       *[other] { $people } people
    }: { $weak } weak, { $strong } strong{ $unrated ->
        [0] {""}
       *[other] , { $unrated } unrated
    } ties; { $fields ->
        [one] { $fields } field
       *[other] { $fields } fields
    }; { $bridges ->
        [one] { $bridges } bridge
       *[other] { $bridges } bridges
    }
export-bridges = Bridges
export-fields = Fields
export-organisations = Organisations
export-written = Exported to { $path }
export-form-title = Export the summary
export-format = Format
export-format-html = HTML
export-format-markdown = Markdown
export-format-text = Text
export-format-json = JSON
export-format-ics = Calendar (iCalendar)
export-save-to = Save to
export-no-names = Leave names out
# The line after a list cut short: $n entries were left out.
export-more = and { $n } more (see the lists in the app)
export-asset = Asset
# The deadline of an invitation still waiting for an answer ($date is 2026-04-28).
export-due = (due { $date })
export-column-name = Name
export-column-status = Status
export-column-kind = Kind
export-column-distance = Distance
export-column-values = Values
# $ext is the file name's extension (html), $format the format chosen (Markdown).
export-extension-mismatch = The name ends in .{ $ext } but the format is { $format }: make them agree
export-replace-asks = This file exists: Ctrl-s again replaces it
not-saved = the workbook could not be saved
not-saved-badge = not saved
saved-again = Saved again: the workbook is up to date.
save-failing = Not saved: { $reason }. Your changes stay here and saving is tried again in { $seconds ->
    [one] a second
   *[other] { $seconds } seconds
}; if it still fails, q writes them to an emergency copy.
quit-unsaved-title = Quit without saving?
quit-unsaved-question = Your changes could not be saved ({ $reason }), and no emergency copy could be written either: { $tried }. If you quit now, they are lost. Free some space or fix the folder, then press n and try q again.
quit-unsaved-answers = y: quit and lose them   n: stay
quit-unsaved-lost = quit without saving, as asked: the changes since the last save are lost ({ $reason })
emergency-written = could not save the workbook ({ $reason }); your changes are safe in the emergency copy { $copy }, and the next start offers to bring them back
emergency-failed = could not save the workbook ({ $reason }), and no emergency copy could be written ({ $tried }): the changes since the last save are lost
emergency-title = Emergency copy
emergency-question = Bring back the changes that could not be saved on { $written }? They were kept in an emergency copy; the file as it is now is backed up first.{ $more ->
    [0] {""}
    [one] {" "}(One more, older copy waits; it is offered next time.)
   *[other] {" "}({ $more } more, older copies wait; they are offered one at a time.)
} Copy: { $copy }
emergency-answers = y: bring back   n: not now (asked again next time)
emergency-brought-back = Brought back the emergency copy; the file as it was is in { $backup }, and the copy is set aside as { $settled }
emergency-kept = The emergency copy stays at { $copy }; it is offered again next time.
emergency-unreadable = The emergency copy { $copy } cannot be brought back ({ $reason }); it is left as it is.
emergency-no-backup = Not brought back: the workbook could not be backed up first ({ $reason }).

## The person form: how close, in words (the four dimensions of a tie, levels 0 to 4)

tie-level-time-0 = hardly ever
tie-level-time-1 = a few times a year
tie-level-time-2 = about monthly
tie-level-time-3 = about weekly
tie-level-time-4 = almost daily
tie-level-emotion-0 = nothing special
tie-level-emotion-1 = I like them
tie-level-emotion-2 = I am fond of them
tie-level-emotion-3 = they matter to me
tie-level-emotion-4 = very dear to me
tie-level-intimacy-0 = small talk only
tie-level-intimacy-1 = work and hobbies
tie-level-intimacy-2 = some worries too
tie-level-intimacy-3 = personal matters
tie-level-intimacy-4 = we can tell each other anything
tie-level-reciprocity-0 = none yet
tie-level-reciprocity-1 = small favours
tie-level-reciprocity-2 = help now and then
tie-level-reciprocity-3 = we often help each other
tie-level-reciprocity-4 = we can always count on each other
tie-hint-time = How often you meet. All four 0: unrated
tie-hint-emotion = What they mean to you. All 0: unrated
tie-hint-intimacy = What you confide. All four 0: unrated
tie-hint-reciprocity = Help either way. All four 0: unrated
form-more = More
form-more-hide = hide (what you typed stays)
person-more = reading, field, how you met, contact details…
example-met-in = e.g. book club (or part)
one-community = one community only here

## Links typed by hand (a part of a name is enough)

link-missing = no { $noun } has "{ $name }" in { $kind ->
    [person] their
   *[other] its
} name; press Ctrl-p to pick from the list, or add it first
link-several = "{ $name }" fits { $count } { $kind ->
    [value] values
    [community] communities
   *[person] people
}; press Ctrl-p to choose one
link-several-listed = "{ $name }" fits { $count } { $kind ->
    [value] values
    [community] communities
   *[person] people
}: { $names }; write more of the name, or give the number (#{ $first })
link-picked = "{ $name }" is { $record }
link-choose = Which one is "{ $name }"?

## Footer words that depend on the list

action-add-kind = add { $noun }
action-take-stock = take stock
action-rate-asset = rate it
action-search-everything = search everything
action-pick-move = move (j/k type)

## After an invitation: the reflection and what the record says about the pass mark

turned-out-useful = useful
turned-out-surprising = surprising
turned-out-not-worth-it = not worth it
not-said = (not said)
col-event = Event day
col-turned-out = How it turned out
col-served = Value it served
col-met-there = Met there
col-reflected = Reflected
afterwards-title = Afterwards
afterwards-saw = Whom I saw there
afterwards-what = What happened
example-afterwards = e.g. talked with two people from design; was asked to write a short piece
example-event = the day it takes place (e.g. 2026-12-05)
afterwards-saved = Reflection saved: { $invitation }
threshold-where = < and > move the pass mark on the value filter (tab 5, then ])
mouse-on = Mouse on: click tabs and rows, scroll with the wheel (M turns it off)
mouse-off = Mouse off: the terminal selects text again (M turns it on)
afterwards-aside-label = a reflection set aside
afterwards-set-aside = Set aside: it will not ask again (r on the invitation writes one later)
reflect-not-accepted = Only an accepted invitation can be reflected on
already-known = "{ $name }" is already in your workbook: write them under the people you saw (someone else of that name? add a word to tell them apart)
event-before-received = the day it takes place is before the day it was received
reflect-where = r writes how an accepted invitation went: on the week page's question, or on an accepted invitation
week-afterwards = Afterwards
day-short = { $month }/{ $day }
week-ask = How did "{ $invitation }" ({ $date }) go?
action-reflect = write how it went
action-set-aside = set aside
indicator-surprises-noted = surprises noted (90 days)
look-back-value-said = { $name } { $accepted } ({ $with_outcome } with outcome, { $said } said it served)
calibration-label = How accepted ones turned out
calibration-above = Above the mark
calibration-below = below it
calibration-tally = { $side } { $count }{ $parts }
calibration-parts = {" "}({ $parts })
calibration-none = Nothing yet: write how an accepted invitation went (r)
calibration-wait = Our rule suggests moving the mark only after { $min } with a word for how they went
calibration-steady = The record does not point to moving the mark
calibration-lower = { $good_below } of the { $good } that went well ({ $surprising_below } of { $surprising } surprises) were below the mark: our rule suggests lowering it to { $to }% (<)
calibration-raise = { $poor_above } of the { $above } accepted above the mark were not worth it: our rule suggests raising it to { $to }% (>)
calibration-lower-short = The record: { $good_below } of { $good } that went well were below the mark; lower it to { $to }%? (<)
calibration-raise-short = The record: { $poor_above } of { $above } above the mark were not worth it; raise it to { $to }%? (>)
# The help's account of the filter's calibration: the first line is the heading, each further line one rule.
help-calibration-rules =
    How the record moves the pass mark (our own rule, not research)
    Read: accepted invitations (not practice ones) with a word for how they turned out, written afterwards: useful, surprising or not worth it. Each is judged as the filter judges it now: above the mark, or below it (below, or against a top value); unrated ones are left out
    Nothing is suggested before 4 such invitations. Lower: at least 3 that went well (useful or surprising) were below the mark, and they are at least half of all that went well. Raise: at least 3 accepted above the mark were not worth it, and they are more than half of those above it. Always one step (5 points); when both apply, nothing
    What it cannot say: declined invitations have no outcome, so it cannot tell what declining cost; a few invitations are a small sample; and how it turned out is your own word, after the fact
    After an invitation's event day (within 60 days), the week page asks once how it went; written or set aside, it does not ask again

## Merging two copies of the workbook (tsunagari merge, sync conflict files, settling conflicts)

merge-summary = came in: { $added } new, { $changed } changed, { $deleted } deleted{ $joined ->
    [0] {""}
    [one] , one text kept in both versions
   *[other] , { $joined } texts kept in both versions
}; { $conflicts ->
    [0] no conflicts
    [one] one conflict
   *[other] { $conflicts } conflicts
}
merge-conflict = { $record }, { $field } changed in both copies: this copy “{ $ours }”, the other “{ $theirs }”
merge-without-base = no earlier version common to both copies was found, so every record of both was kept (nothing was deleted)
merge-side-ours = this copy
merge-side-theirs = the other copy
merge-kept-edited = { $record } was deleted in { $side } but edited in { $other }, so it was kept
merge-renumbered = { $record } was number { $old } in its copy; the other copy had used that number for another record, so it got a new one
merge-kept-linked = { $record } was deleted in one copy, but a record that stays links to it, so it was kept
merge-joined = { $count ->
    [one] one text (an asset's notes or a week's step) that was
   *[other] { $count } texts (assets' notes or weeks' steps) that were
} changed differently in both copies now { $count ->
    [one] holds
   *[other] hold
} both versions, one after the other: edit them down as you like
merge-kept-ours = { $count ->
    [one] one setting, asset or week's step was
   *[other] { $count } settings, assets or weeks' steps were
} changed differently in both copies; this copy's value was kept
merge-field-tie-time = tie: time together
merge-field-tie-emotion = tie: emotion
merge-field-tie-intimacy = tie: intimacy
merge-field-tie-reciprocity = tie: reciprocity
merge-field-name = name
merge-field-notes = notes
merge-field-description = description
merge-field-field = field
merge-field-organisation = organisation
merge-field-role = role
merge-field-how-met = how we met
merge-field-last-contact = last contact
merge-field-status = status
merge-field-text = text
merge-field-what = what
merge-field-decision = decision
merge-field-reason = reason
merge-field-outcome = outcome
merge-field-date = date
merge-field-kind = kind
merge-field-cadence = cadence
merge-field-distance = distance
merge-field-email = email
merge-field-deadline = deadline
merge-field-rank = rank
cli-about-merge = Merge two copies of a workbook record by record, as git's merge driver: the result is written into OURS; exit 0 when clean, 1 when conflicts remain (kept in the workbook), 2 when nothing could be merged.
cli-arg-merge-base = The version both copies started from (git's %O; an empty file when there is none).
cli-arg-merge-ours = This copy (git's %A): the merged workbook is written here.
cli-arg-merge-theirs = The other copy (git's %B).
cli-value-base = BASE
cli-value-ours = OURS
cli-value-theirs = THEIRS
cli-arg-merge-name = The workbook's own path (git's %P): messages name it, and which side, instead of git's temporary files.
cli-merge-file-base = { $path } (the common version)
cli-merge-file-ours = { $path } (this branch)
cli-merge-file-theirs = { $path } (the branch merged in)
cli-merge-clean = { $path }: merged, no conflicts
cli-merge-conflicts = { $path }: merged, { $count ->
    [one] one conflict remains
   *[other] { $count } conflicts remain
} in the workbook (`tsunagari check` lists them; in the app, O keeps this copy's value and T takes the other's)
cli-merge-refused = nothing was merged or written: { $reason }
cli-merge-newer = { $path } was written by a newer tsunagari (version { $version }); merge with that version instead
cli-merge-broken = the merge would leave links to nothing ({ $problem }); nothing was written (please report this)
cli-merge-write = could not write the merge into { $path }: { $reason }; the file is as it was
cli-check-conflict = { $path }: conflict: { $line }
cli-check-sync-file = a conflict file from a sync tool waits beside the workbook: { $file }; the app, or the next change from the command line, merges it in ({ $summary })
cli-sync-waiting = { $count ->
    [one] a conflict file from a sync tool waits beside the workbook ({ $file }): what is shown here does not include it. `tsunagari check` says whether it can be merged and what it brings.
   *[other] { $count } conflict files from a sync tool wait beside the workbook ({ $file } and more): what is shown here does not include them. `tsunagari check` says whether they can be merged and what they bring.
}
cli-synced = merged { $file } into the workbook ({ $summary }); the file was removed
sync-unmerged = conflict file not merged: { $reason }. It stays where it is, and nothing was taken from it.
sync-unmerged-passphrase = { $file } is encrypted with another passphrase than this workbook's; open it with --file and that passphrase, or decrypt it, to bring its changes in
sync-unmerged-newer = { $file } was written by a newer tsunagari (format { $version }), and merging it here could drop what this version does not know
sync-unmerged-broken = { $file }: merging it would leave a broken workbook ({ $problem })
store-no-hint = {""}
action-keep-ours = keep this copy's value
action-take-theirs = take the other copy's value
conflict-kept-ours = kept this copy's value: { $line }
conflict-took-theirs = took the other copy's value: { $line }
conflict-elsewhere = no conflict on this record; { $count ->
    [one] the one waiting is
   *[other] { $count } wait, the first
} on { $record } (marked !; Enter on it shows both values)
conflicts-waiting = { $count ->
    [one] one conflict
   *[other] { $count } conflicts
} from a merge, on records marked !: there { $ours } keeps this copy's value, { $theirs } takes the other's
conflict-none = no conflicts to settle
detail-conflict = [!] { $field } differs between copies: this copy “{ $ours }”, the other “{ $theirs }”
detail-conflict-keys = { $ours } keeps this copy's value, { $theirs } takes the other's (the first one above, then the next)
sync-merged = merged { $file }: { $summary } (u undoes it; the file goes when you quit)
sync-undo-label = merge of { $file }
sync-settled = { $file } was removed: its changes are saved in the workbook
