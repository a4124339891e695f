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
export-score = Filter score
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
    }: { $weak } weak, { $strong } strong, { $dormant } dormant ties; { $fields ->
        [one] { $fields } field
       *[other] { $fields } fields
    }; { $bridges ->
        [one] { $bridges } bridge
       *[other] { $bridges } bridges
    }
export-bridges = Bridges
export-fields = Fields
export-written = Exported to { $path }
export-form-title = Export the summary
export-format = Format
export-format-html = HTML
export-format-markdown = Markdown
export-format-text = Text
export-format-json = JSON
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
