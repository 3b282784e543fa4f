// Speech verbs: the cues of quoted and reported speech. One lemma a line, then its other forms.
// Read by the sentence splitter (a "?" or "!" inside a quote followed by "NAME said" does not end
// the sentence) and by quote attribution. Compiled from the attribution cues annotated in PolNeAR
// (Newell et al., LREC 2018) and news style guides; add a line to teach sift a new cue. The last
// lines are the commonest inverted cues of Spanish, Portuguese and German copy (`«…», dijo Burtón`,
// `„…“, sagte Müller`), which an English article quoting a foreign source carries too.
let speechVerbData = #"""
say said says saying
tell told tells telling
add added adds adding
write wrote writes writing written
warn warned warns warning
call called calls calling
argue argued argues arguing
insist insisted insists insisting
tweet tweeted tweets tweeting
post posted posts posting
hint hinted hints hinting
acknowledge acknowledged acknowledges acknowledging
concede conceded concedes conceding
ask asked asks asking
answer answered answers answering
reply replied replies replying
respond responded responds responding
explain explained explains explaining
note noted notes noting
state stated states stating
declare declared declares declaring
announce announced announces announcing
claim claimed claims claiming
assert asserted asserts asserting
contend contended contends contending
maintain maintained maintains maintaining
suggest suggested suggests suggesting
recall recalled recalls recalling
report reported reports reporting
confirm confirmed confirms confirming
deny denied denies denying
admit admitted admits admitting
predict predicted predicts predicting
promise promised promises promising
vow vowed vows vowing
pledge pledged pledges pledging
urge urged urges urging
caution cautioned cautions cautioning
complain complained complains complaining
joke joked jokes joking
quip quipped quips quipping
boast boasted boasts boasting
exclaim exclaimed exclaims exclaiming
shout shouted shouts shouting
yell yelled yells yelling
scream screamed screams screaming
whisper whispered whispers whispering
mutter muttered mutters muttering
cry cried cries crying
recount recounted recounts recounting
remark remarked remarks remarking
comment commented comments commenting
observe observed observes observing
stress stressed stresses stressing
emphasize emphasized emphasizes emphasizing
emphasise emphasised emphasises emphasising
repeat repeated repeats repeating
reiterate reiterated reiterates reiterating
continue continued continues continuing
conclude concluded concludes concluding
testify testified testifies testifying
estimate estimated estimates estimating
describe described describes describing
characterize characterized characterizes characterizing
dub dubbed dubs dubbing
label labeled labelled labels labeling labelling
brand branded brands branding
blast blasted blasts blasting
slam slammed slams slamming
criticize criticized criticizes criticizing
criticise criticised criticises criticising
praise praised praises praising
accuse accused accuses accusing
charge charged charges charging
allege alleged alleges alleging
complain complained
lament lamented laments lamenting
mock mocked mocks mocking
scoff scoffed scoffs scoffing
sneer sneered sneers sneering
retort retorted retorts retorting
counter countered counters countering
interject interjected interjects interjecting
interrupt interrupted interrupts interrupting
point pointed points pointing
tell told
inform informed informs informing
advise advised advises advising
agree agreed agrees agreeing
disagree disagreed disagrees disagreeing
object objected objects objecting
protest protested protests protesting
plead pleaded pled pleads pleading
beg begged begs begging
demand demanded demands demanding
insist insisted
affirm affirmed affirms affirming
reaffirm reaffirmed reaffirms reaffirming
guarantee guaranteed guarantees guaranteeing
assure assured assures assuring
reassure reassured reassures reassuring
signal signaled signalled signals signaling signalling
indicate indicated indicates indicating
reveal revealed reveals revealing
disclose disclosed discloses disclosing
announce announced
proclaim proclaimed proclaims proclaiming
tout touted touts touting
hail hailed hails hailing
welcome welcomed welcomes welcoming
thank thanked thanks thanking
apologize apologized apologizes apologizing
apologise apologised apologises apologising
recommend recommended recommends recommending
propose proposed proposes proposing
question questioned questions questioning
wonder wondered wonders wondering
speculate speculated speculates speculating
muse mused muses musing
opine opined opines opining
reason reasoned reasons reasoning
worry worried worries worrying
fear feared fears fearing
believe believed believes believing
think thought thinks thinking
predict predicted
forecast forecasted forecasts forecasting
threaten threatened threatens threatening
boast boasted
brag bragged brags bragging
concur concurred concurs concurring
dispute disputed disputes disputing
reject rejected rejects rejecting
dismiss dismissed dismisses dismissing
rebut rebutted rebuts rebutting
refute refuted refutes refuting
clarify clarified clarifies clarifying
elaborate elaborated elaborates elaborating
summarize summarized summarizes summarizing
quote quoted quotes quoting
cite cited cites citing
chant chanted chants chanting
sing sang sings singing sung
read reads reading
text texted texts texting
email emailed emails emailing
message messaged messages messaging
fume fumed fumes fuming
rage raged rages raging
seethe seethed seethes seething
thunder thundered thunders thundering
snap snapped snaps snapping
gush gushed gushes gushing
sniff sniffed sniffs sniffing
bristle bristled bristles bristling
grumble grumbled grumbles grumbling
rant ranted rants ranting
marvel marvelled marveled marvels marvelling marveling
enthuse enthused enthuses enthusing
dijo
afirmó
señaló
explicó
aseguró
añadió
agregó
indicó
declaró
comentó
respondió
sostuvo
advirtió
disse
afirmou
declarou
explicou
acrescentou
sagte
erklärte
betonte
fügte
"""#

// Verbs of characterising and naming that introduce partial quotes in news ("dismissed Estonia as
// being in the "suburbs of St. Petersburg"", "exhorted Republicans to "vote your conscience"").
let characterizingVerbData = #"""
dismiss dismissed dismisses dismissing
exhort exhorted exhorts exhorting
compare compared compares comparing
characterise characterised characterises characterising
reference referenced references referencing
refer referred refers referring
mention mentioned mentions mentioning
denounce denounced denounces denouncing
condemn condemned condemns condemning
decry decried decries decrying
deride derided derides deriding
laud lauded lauds lauding
defend defended defends defending
blame blamed blames blaming
attack attacked attacks attacking
term termed terms terming
nickname nicknamed nicknames nicknaming
invoke invoked invokes invoking
echo echoed echoes echoing
implore implored implores imploring
bemoan bemoaned bemoans bemoaning
rail railed rails railing
chide chided chides chiding
scold scolded scolds scolding
rebuke rebuked rebukes rebuking
ridicule ridiculed ridicules ridiculing
taunt taunted taunts taunting
express expressed expresses expressing
raise raised raises raising
voice voiced voices voicing
portray portrayed portrays portraying
depict depicted depicts depicting
liken likened likens likening
equate equated equates equating
envision envisioned envisions envisioning
promise promised
announce announced
publish published publishes publishing
sing sang sings
chant chanted
"""#

// Verbs that report speech in indirect form ("Zelensky said his country would support …"),
// a subset of the speech verbs; other speech verbs report speech only when a quote follows.
// bare: the reported clause may follow directly ("said his country would …");
// that: it must be introduced by "that" ("announced that …"), or after a listener by "to"/"of".
let reportingVerbData = #"""
bare: say said says saying tell told tells add added adds claim claimed claims warn warned warns argue argued argues
bare: insist insisted insists acknowledge acknowledged acknowledges hint hinted hints explain explained explains
bare: note noted notes suggest suggested suggests predict predicted predicts complain complained complains
bare: concede conceded concedes stress stressed stresses reiterate reiterated reiterates contend contended contends
bare: maintain maintained maintains assert asserted asserts recall recalled recalls demand demanded demands
bare: believe believed believes think thinks thought fear feared fears worry worried worries signal signalled signaled signals
that: announce announced announces report reported reports reveal revealed reveals confirm confirmed confirms
that: state stated states admit admitted admits deny denied denies estimate estimated estimates indicate indicated indicates
that: disclose disclosed discloses testify testified testifies allege alleged alleges declare declared declares
that: promise promised promises pledge pledged pledges vow vowed vows urge urged urges accuse accused accuses
that: caution cautioned cautions raise raised raises express expressed expresses voice voiced voices
that: tweet tweeted tweets write wrote writes post posted posts agree agreed agrees
"""#
