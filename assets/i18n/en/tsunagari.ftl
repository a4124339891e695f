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
new-file = new
read-only = read-only
records = records
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
look-back-label = Accepted invitations served
threshold-keys = < > to change
threshold-label = Pass mark
fails = below
passes = passes
col-score = Score
pane-filter = Value filter
pane-map = Network map
map-you = you
map-outside = no community
map-empty = The map is empty. Add a community (tab 2) or a person (a) and it draws itself.
map-step = community
unknown-count = unknown
mutual-zone = moderately weak
mutual-label = Mutuals
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
col-who = Who to whom
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
score-prefix = Fit:
one-person = one person only here
intro-same-person = a person cannot be introduced to themselves
example-contact = e.g. caught up over lunch; invited me to next month's study group
contact-needs-person = Select a person (in the list or on the map), then press i
contact-title = Log a contact
all-records = All records
no-changes = No changes
no-match = Nothing matches. Esc clears the search.
example-deadline = e.g. 12/10, tomorrow
bad-email = an email address has an @ (e.g. misaki@example.com)
tie-label-time = Time (0-4)
tie-label-emotion = Emotion (0-4)
tie-label-intimacy = Intimacy (0-4)
tie-label-reciprocity = Reciprocity (0-4)
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
indicator-reflections = reflections
indicator-stocktakes = stock-takes
indicator-communities-reached = communities reached
indicator-fields-reached = fields
indicator-weak-ties = weak ties
indicator-bridges = bridges
indicator-accepted-recently = accepted (90 days)
indicator-accepted-new-areas = in new areas
indicator-joined-recently = joined (90 days)
indicator-tags = tags
indicator-outputs-recently = outputs (90 days)
indicator-strong-ties = strong ties
indicator-introductions-given = introductions made
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

    This guide walks the three steps (choose communities, make your tags visible, answer small invitations) and writes your answers into your workbook as you go. Esc leaves at any point; next time you pick up where you stopped.
guide-explain-values =
    Final values: your filter

    Final values are what you care about for their own sake, not as a means to something else. They are the yardstick for what to join and which invitations to take.

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

    Write down one recent invitation (or imagine one), say how it fits each of your values, and see what the filter makes of it.
guide-explain-assets =
    Taking stock of your transformational assets

    Gratton and Scott call what carries you through a change of life stage transformational assets: knowing yourself, a diverse network, and openness to new experience.

    Rate each from 1 to 5 as it feels now; the indicators counted from your records are there to compare. At the end they are kept as your first dated stock-take.
guide-explain-summary = Summary
# The questions. $value is a final value's name, $community a community's, $asset an asset's.
guide-ask-owner = First, your name? (It goes on your summary; you may leave it empty.)
guide-ask-describe = What does "{ $value }" mean to you?
guide-ask-community-name = Community { $n }: what is it called?
guide-ask-community-kind = What kind of place is "{ $community }"? (Left/Right to choose)
guide-ask-community-distance = How close do you want to be to "{ $community }"? (Left/Right to choose)
guide-ask-community-values = Which of your values does "{ $community }" serve? (Ctrl-p to pick)
guide-ask-tags = Which tags do you want to be known for? (separate them with commas)
guide-ask-output = A first small output? (a short post, a note you share; kept with today's date)
guide-ask-introduce-people = Two people who should meet? (two names, a comma between)
guide-ask-introduce-why = Why those two?
guide-ask-invite-what = A small invitation that came your way lately?
guide-ask-invite-fit = Does it fit "{ $value }"? (Left/Right to choose)
guide-ask-invite-excitement = How excited are you about it? (0 to 5)
guide-ask-invite-cost = What would it cost you in time and money? (Left/Right to choose)
guide-ask-invite-decision = What will you do? (Left/Right to choose)
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
card-freedom = Freedom
card-freedom-about = Deciding for myself where my time goes
card-learning = Learning
card-learning-about = Going on finding out what I did not know
card-connection = Connection
card-connection-about = Being among people, and linking them
card-family = Family
card-family-about = Looking after and spending time with my own
card-health = Health
card-health-about = Keeping body and mind well for the long run
card-creativity = Creativity
card-creativity-about = Making things and ideas that were not there
card-challenge = Challenge
card-challenge-about = Taking on what is a bit beyond me
card-contribution = Contribution
card-contribution-about = Being of use to someone, or to society
card-security = Security
card-security-about = A life I can plan and feel safe in
card-growth = Growth
card-growth-about = Being able to do a little more than yesterday
card-honesty = Honesty
card-honesty-about = Doing what I say, saying what I mean
card-beauty = Beauty
card-beauty-about = Meeting and making beautiful things
card-fun = Fun
card-fun-about = Enjoying things, keeping a sense of play
card-independence = Independence
card-independence-about = Standing on my own feet
card-adventure = Adventure
card-adventure-about = Going where I have never been
card-wisdom = Wisdom
card-wisdom-about = Seeing what really matters in things
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
card-achievement-about = Seeing through what I set out to do
card-compassion = Compassion
card-compassion-about = Standing by others when they hurt
card-mastery = Mastery
card-mastery-about = Taking one craft deep
