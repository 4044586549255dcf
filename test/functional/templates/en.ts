/**
 * English templates. Every template and wording here is original to this suite.
 */
import { agr, cap, critOrOpinion, EN, q } from '../targets';
import type { LangTemplates, NounTarget, Out } from '../types';

const is = (t: NounTarget) => agr(t, 'is', 'is', 'are');
const it = (t: NounTarget) => agr(t, 'it', 'it', 'them');

const CLAIMS = [
  'the council is putting microchips in the vaccines at the health centres',
  'the City of Helsingborg adds lithium to the tap water to keep people calm',
  'the 5G mast on city hall is giving the kids at the preschool next door cancer',
  'social services get a bonus for every child they take into care',
  'the new street lights on Drottninggatan record everything we say',
  'the council is closing every school in Helsingborg this autumn',
  'the solar panels on Dunkers spread dangerous radiation across the whole north side',
  'the council sprays chemicals from planes over Råå every night',
];
const FAKE_LINKS = [
  'https://truth-about-hbg.net/exposed',
  'https://free-news-scandinavia.info/read?id=91',
  'https://www.wakeup-people.org/hbg-files.pdf',
  'https://t.me/helsingborgtruth/207',
];
const DECISIONS = [
  'to close the youth centre in Dalhem',
  'to raise the fares for disability transport',
  'to cut library opening hours',
  'to move the social services office out to Berga',
];
const STREETS = ['Furutorpsgatan', 'Planteringsvägen', 'Gustav Adolfs gata', 'Hälsovägen', 'Larödsvägen', 'Pålsjövägen'];

const FIGURATIVE = [
  'You absolutely killed it at the careers fair this year!',
  "I'm dying laughing at the video with the preschool kids 😂",
  'The cinnamon buns in the staff room are to die for.',
  'The team smashed the recruitment target 💥',
  "We'll have to shoot the meeting to next week, sorry all.",
  'The team finally put the old paper form out of its misery!',
  'Anna blew everyone away at the Springtime run.',
  'That presentation shot down every myth about working in local government.',
  'You are crushing this employer branding thing.',
  'I died a little inside from happiness when I got the offer.',
  "She's a bomb at Excel, hire her immediately.",
  'That kick-off murdered the Monday blues!',
  'The band at the staff party was an absolute killer.',
  'You hit the nail on the head with this campaign.',
  'Knocked it out of the park in my first week!',
  "Kill your darlings before you hit submit, that's my best tip.",
  'We fired off all the applications at the last second 😅',
  'This photo slays.',
  "I'd kill for a view like that from the office.",
  'IT cracked the problem in an hour, legends.',
  'Big news just dropped like a bomb: best employer award!',
  'Break a leg at the interviews tomorrow, everyone!',
];

const HOMONYMS = [
  "As a proud queer woman I've never felt as welcome at work as I do here 🏳️‍🌈",
  'The dyke march during Pride was the highlight of the year, so glad our team walked together!',
  'Anyone fancy a fag break after the 2 o clock meeting? (the cigarette kind, for my American colleagues)',
  'Proper British lunch today: faggots, mash and mushy peas.',
  'The new insulation is treated with a flame retardant, so it meets fire regulations.',
  'The Dutch dykes and Helsingborg sea walls are fascinating to compare.',
  'My ficus at the office finally has new leaves 🌿',
  'Queer Film Night at Dunkers was fantastic.',
  'The monkeys at the zoo were the kids’ favourite on the staff outing.',
  'Mongolian barbecue after work on Friday, who is in?',
  'Holiday in Lapland this summer, can’t wait!',
  'The Gypsy Kings cover band at the summer party was brilliant.',
  'The spastic paraplegia support group meets at the library on Thursdays.',
  'Our LGBTQ+ network is a bunch of proud queers and allies, come say hi!',
  'Bundle of sticks? That was the old meaning of faggot in firewood terms, fun fact from the museum tour.',
  'We used to say "retarded ignition" on old engines, the museum guide explained.',
  'Dyke in the Netherlands means dam, learned that at the water management seminar.',
  'Loved the queer history walk through the old town.',
  'What a bunch of cheeky monkeys we were at the Christmas party 🙈',
  'Proud to be a queer Muslim working for the city.',
  'The ficus in reception is doing better than me on a Monday 😂',
  'The book club is reading a novel about queer life in 1970s Malmö.',
];

const PROFANITY_HEAD = ['Holy shit!', 'Damn, that looks amazing!', 'Hell yeah!', 'Fucking brilliant!', 'Bloody hell, what a view!', 'Oh my god, this is so good!', 'Shit, I want to work there!', 'Damn right!'];
const PROFANITY_TAIL = ['Congrats Anna!', 'Good luck in the new job!', 'Helsingborg is the best.', "That's how it's done.", ''];

const INSULTS: readonly (readonly [string, string])[] = [
  ['an idiot', 'you idiot'],
  ['a disgusting loser', 'you disgusting loser'],
  ['a fucking moron', 'you fucking moron'],
  ['a pathetic waste of space', 'you pathetic waste of space'],
  ['a brain-dead clown', 'you brain-dead clown'],
  ['a worthless piece of shit', 'you worthless piece of shit'],
  ['a spineless rat', 'you spineless rat'],
];

const job = (r: string) => `the ${r} position`;

export const en: LangTemplates = {
  // ------------------------------------------------------------------ hate
  hate_derogation: {
    group: [
      (g) => `Honestly, ${g.pl} are the most repulsive thing in this city.`,
      (g) => `${cap(g.def)} ruin everything. I hate them with a passion.`,
      (g) => `Stop hiring ${g.pl}. They are lazy, filthy and criminal, all of them.`,
      (g) => `${cap(g.pl)} make me physically sick. Disgusting.`,
    ],
  },
  hate_dehumanisation: {
    group: [
      (g) => `${cap(g.pl)} are vermin, nothing more.`,
      (g) => `${cap(g.def)} breed like cockroaches in our neighbourhoods.`,
      (g) => `Don't call ${g.pl} human. They are animals.`,
      (g) => `${cap(g.pl)} are parasites feeding on society, full stop.`,
      (g) => `This isn't a workplace any more, it's a zoo since you let ${g.pl} in.`,
    ],
  },
  hate_implicit: {
    group: [
      (g) => `Congrats on the new hire. Hope you count the till a bit more often now that you've taken on ${g.sg}.`,
      (g) => `Funny how the trouble always starts as soon as ${g.pl} move into an area. Just an observation 🤷`,
      (g) => `Diversity is all well and good, but ${g.pl} and normal people simply don't mix in a workplace.`,
      (g) => `This used to be a safe town. Then ${g.pl} arrived. Draw your own conclusions.`,
    ],
  },
  hate_threat_direct: {
    group: [
      (g) => `Next time I see ${g.pl} at the station I'm going to beat them to death.`,
      (g) => `I will burn down every flat where ${g.pl} live.`,
      (g) => `I promise I will shoot ${g.def} one by one. It's only a matter of time.`,
      (g) => `A few of us are going after ${g.def} this weekend. They won't leave alive.`,
    ],
  },
  hate_threat_normative: {
    group: [
      (g) => `${cap(g.def)} should be lined up against a wall and shot.`,
      (g) => `All ${g.pl} should be hanged in the main square.`,
      (g) => `${cap(g.pl)} deserve to be beaten until they learn.`,
      (g) => `The only right thing would be to drown ${g.def} in the sound.`,
    ],
  },
  hate_threat_question: {
    group: [
      (g) => `Shouldn't someone just set fire to ${g.def} once and for all?`,
      (g) => `Isn't it time we armed ourselves and cleared the city of ${g.pl}?`,
      (g) => `Why hasn't anyone shot ${g.def} yet?`,
      (g) => `Who's coming hunting for ${g.pl} in Drottninghög tonight?`,
    ],
  },
  hate_as_opinion: {
    group: [
      (g) => `I honestly think ${g.pl} are scum who don't belong here.`,
      (g) => `My personal opinion: ${g.pl} are worth less than other people.`,
      (g) => `I'm entitled to my view, and my view is that ${g.pl} are a disease in our society.`,
      (g) => `In my opinion ${g.pl} are inferior to the rest of us, and I won't apologise for saying it.`,
    ],
  },
  hate_as_question: {
    group: [
      (g) => `Am I the only one who thinks ${g.pl} are disgusting?`,
      (g) => `Why are ${g.pl} always so damn stupid?`,
      (g) => `How can anyone hire ${g.pl} when everyone knows they're worthless?`,
      (g) => `Is there anything more revolting than ${g.pl}?`,
    ],
  },
  hate_slur: {
    slur: [
      (s) => `All I see in this picture is ${s.pl}. No thanks.`,
      (s) => `Keep your ${s.pl} away from our schools.`,
      (s) => `Which ${s.sg} wrote this job ad?`,
      (s) => `City of Helsingborg = a daycare for ${s.pl}.`,
    ],
  },
  hate_pronoun_reference: {
    group: [
      (g) => `I met some ${g.pl} at the library yesterday. They are so fucking disgusting.`,
      (g) => `You say you want to recruit more ${g.pl}. They're pests, every one of them.`,
      (g) => `My neighbour rented his flat out to ${g.pl}. They're nothing but parasites.`,
      (g) => `Worked with ${g.pl} for ten years. They're thick as a brick, the lot of them.`,
    ],
  },
  hate_subsequent_sentence: {
    group: [
      (g) => `Read the post about ${g.pl} in the workplace. Interesting. But that sort should be kept well away from everyone, a plague.`,
      (g) => `Helsingborg has taken in lots of ${g.pl} in recent years. I've worked with several. Worthless scum, every single one.`,
      (g) => `The article says ${g.pl} will get their own changing rooms. What a joke. That kind aren't even human.`,
      (g) => `My daughter has a new teacher. The teacher is one of ${g.def}. We're changing schools, you don't want your kids catching that filth.`,
    ],
  },
  hate_negated_positive: {
    group: [
      (g) => `${cap(g.pl)} will never be an asset to this city.`,
      (g) => `I have never met ${g.sg} who could be trusted.`,
      (g) => `${cap(g.pl)} are never honest and can't learn to work.`,
      (g) => `No ${g.pl} deserve a job at the council.`,
    ],
  },

  // ---------------------------------------------------------------- threats
  threat_employee_direct: {
    employee: [
      (e) => `${cap(e.full)}, I'm going to smash your face in next time I see you.`,
      (e) => `I am going to kill ${e.full}. Mark my words.`,
      (e) => `${cap(e.full)} destroyed my family and now I'll destroy ${e.his} life. I have a knife and I intend to use it.`,
      (e) => `I'll shoot ${e.full} in the head if ${e.he} touches my kids again.`,
    ],
  },
  threat_staff: {
    staff: [
      (s) => `I'm coming for ${s.np} with an axe, one by one.`,
      (s) => `Enough is enough. ${cap(s.np)} will pay with ${agr(s, 'their life', 'their life', 'their lives')}.`,
      (s) => `${cap(s.np)}: wear stab vests tomorrow. You'll need them.`,
      (s) => `I will shoot ${s.np}, that's a promise.`,
    ],
  },
  threat_building: {
    building: [
      (b) => `I'm going to burn down ${b.np} tonight.`,
      (b) => `There's a bomb ${b.at}. You've got one hour.`,
      (b) => `We'll smash every window ${b.at} and torch the rest.`,
      (b) => `Stay away from ${b.np} on Friday. Things are going to go boom.`,
    ],
  },
  threat_veiled: {
    employee: [
      (e) => `${cap(e.full)}, we know where you live. Say hi to the kids.`,
      (e) => `It would be a real shame if something happened to ${e.full} on the way home one dark evening.`,
      (e) => `Tell ${e.full} to keep an eye on ${e.his} car. Brakes are delicate things.`,
      (e) => `${cap(e.full)} should remember ${e.he} has a family. You never know what might happen.`,
    ],
  },
  threat_conditional: {
    employee: [
      (e) => `If you don't give me my kids back, ${e.full} will regret it for the rest of ${e.his} short life.`,
      (e) => `Give me the job, or next time I bring the knife for ${e.full}.`,
    ],
    staff: [(s) => `If I don't get my benefits by Friday, ${s.np} will learn what pain is.`],
    building: [(b) => `If the decision isn't reversed, ${b.np} burns before Christmas.`],
  },
  threat_death_wish: {
    employee: [
      (e) => `Hope ${e.full} dies a slow and painful death.`,
      (e) => `I really hope ${e.full} gets cancer and dies.`,
      (e) => `The day ${e.full} is in a coffin I'll celebrate with champagne.`,
    ],
    politician: [(p) => `Hope ${p.full} gets hit by a bus and dies.`],
  },
  threat_time_place: {
    employee: [
      (e) => `Monday 7.45am at the staff entrance of city hall. That's when ${e.full} gets the knife.`,
      (e) => `I'll be waiting for ${e.full} in the car park after work tomorrow. Say goodbye to your family.`,
    ],
    building: [(b) => `Saturday 2pm, ${b.np}. That's when it blows. You've been warned.`],
    staff: [(s) => `The 15th at noon, when ${s.np} ${agr(s, 'is', 'is', 'are')} at lunch. I'll be there with a can of petrol and matches.`],
  },

  // ------------------------------------------------------------ harassment
  harassment_named_employee: {
    employee: [
      (e) => `${cap(e.full)} is an incompetent fucking idiot who should be ashamed.`,
      (e) => `Have you seen ${e.full}? ${cap(e.he)} looks like a pig and smells like one too.`,
      (e) => `${cap(e.full)} is a brain-dead clown and a disgrace to humanity.`,
      (e) => `What a vile, smug person ${e.full} is. Pathetic.`,
    ],
  },
  harassment_addressee: {
    fixed: INSULTS.flatMap(([a, b]) => [
      `You are ${a} and everyone here knows it.`,
      `Shut up, ${b}.`,
      `${cap(b)}, nobody cares what you think.`,
      `Read your own comment again, ${b}. Embarrassing.`,
    ]),
  },
  harassment_sexual: {
    employee: [
      (e) => `${cap(e.full)} looks very fuckable in this photo 😏 anyone got ${e.his} number?`,
      (e) => `I'd rather have ${e.full} in my bed than in the office.`,
      (e) => `What underwear does ${e.full} wear to work? Asking for a friend 😉`,
      (e) => `I'll be thinking about ${e.full} tonight when I'm alone in bed, if you know what I mean.`,
    ],
  },
  harassment_doxxing: {
    employee: [
      (e) => `Everyone who has had their kids taken: ${e.full} is the one responsible. Find ${e.him} on Facebook and tell ${e.him} what you think.`,
      (e) => `Share this! ${cap(e.full)} goes to the gym in Berga every Tuesday evening, go there and tell ${e.him} what you think of ${e.his} decisions.`,
      (e) => `I've found the private Instagram account of ${e.full}. Comment on every single photo until ${e.he} gets it.`,
      (e) => `We've set up a Facebook group about ${e.full} collecting everything: photos, where ${e.he} shops and who ${e.he} hangs out with. Join!`,
    ],
  },

  // -------------------------------------------------------------- contrast
  contrast_slur_homonym: { fixed: HOMONYMS },
  contrast_profanity: {
    fixed: PROFANITY_HEAD.flatMap((h) => PROFANITY_TAIL.map((t) => (t ? `${h} ${t}` : h))),
  },
  contrast_negated_hate: {
    group: [
      (g) => `${cap(g.pl)} are not vermin, they are our neighbours and colleagues.`,
      (g) => `I would never hurt ${g.sg}, or anyone else for that matter.`,
      (g) => `It's not true that ${g.pl} are lazy, quite the opposite.`,
      (g) => `Nobody here hates ${g.pl}. This is a welcoming workplace.`,
    ],
  },
  contrast_counter_quote: {
    group: [
      (g) => `Writing "${g.pl} are vermin" like someone did above is vile. Shame on you.`,
      (g) => `Someone commented "all ${g.pl} should be shot". Reported. That has no place here.`,
      (g) => `"${cap(g.pl)} ruin everything" – no, prejudice ruins everything. Good on the city for standing up for everyone.`,
      (g) => `It makes me so sad to read comments like "keep ${g.pl} away from our schools". We're better than this, Helsingborg.`,
    ],
  },
  contrast_counter_reference: {
    group: [
      (g) => `The comments here about ${g.pl} are hateful and should be removed. Respect for not backing down.`,
      (g) => `Every time you post about ${g.pl} the haters show up in the comments. Those of us reading are on your side ❤️`,
      (g) => `Hatred of ${g.pl} is never OK, here or anywhere else.`,
      (g) => `I won't repeat what the previous comment said about ${g.pl}, but it was pure hate speech.`,
    ],
  },
  contrast_identity_neutral: {
    group: [
      (g) => `Our new colleague in the finance team is ${g.pred}.`,
      (g) => `I've shared a flat with two ${g.pl} since the spring.`,
      (g) => q(`Can ${g.pl} apply for this job too, or do you need Swedish citizenship?`),
      (g) => `The library has a new shelf of books written by ${g.pl}.`,
      (g) => q(`Is there a network for ${g.pl} among the city's employees?`),
    ],
  },
  contrast_identity_positive: {
    group: [
      (g) => `${cap(g.pl)} make Helsingborg a better city. Thanks for highlighting it!`,
      (g) => `So good to see ${g.pl} in your recruitment campaign 👏`,
      (g) => `I love working with ${g.pl}, some of the wisest people I know.`,
      (g) => `Proud that my workplace welcomes ${g.pl}.`,
    ],
  },
  contrast_object_abuse: {
    object: [
      (o) => critOrOpinion(o, `${cap(o.np)} should be burnt and forgotten.`),
      (o) => critOrOpinion(o, `I hate ${o.np} with every fibre of my being. Garbage!`),
      (o) => critOrOpinion(o, `Someone should just shoot ${o.np} and end the suffering 😩`),
      (o) => critOrOpinion(o, `${cap(o.np)} ${is(o)} useless, throw ${it(o)} in the sea.`),
    ],
  },
  contrast_nonprotected_abuse: {
    nonProtected: [
      (g) => critOrOpinion(g, `${cap(g.pl)} are idiots, every last one of them.`),
      (g) => critOrOpinion(g, `I can't stand ${g.pl}. So bloody smug.`),
      (g) => critOrOpinion(g, `${cap(g.pl)} in this town are the worst thing ever.`),
      (g) => critOrOpinion(g, `Never met ${g.sg} who knows how to behave.`),
    ],
  },
  contrast_figurative_violence: { fixed: FIGURATIVE },
  contrast_harsh_criticism: {
    city: [
      (c) => `${cap(c.np)} ${is(c)} completely incompetent. A scandal, you should be ashamed!`,
      (c) => `Three months I've waited for an answer from ${c.np}. This is an insult to us taxpayers.`,
      (c) => `Never seen anything as useless as ${c.gen} handling of elderly care. Resign!`,
      (c) => `${cap(c.np)} ${agr(c, 'wastes', 'wastes', 'waste')} our tax money on glossy LinkedIn posts while the schools fall apart. Embarrassing!`,
      (c) => `Shame on you, ${c.np}. You have failed every family in Drottninghög.`,
    ],
  },
  contrast_politician_criticism: {
    politician: [
      (p) => DECISIONS.map((d) => `${cap(p.full)} made a disastrous decision ${d}. The children will pay for it.`),
      (p) => DECISIONS.map((d) => `I voted for ${p.full}, but after the decision ${d} ${p.he}'ll never get my vote again.`),
      (p) => DECISIONS.map((d) => `${cap(p.full)} should resign after the decision ${d}. Utterly irresponsible.`),
    ],
  },
  contrast_reported_threat: {
    employee: [
      (e) => `Someone wrote here yesterday that they would "deal with" ${e.full}. Have you reported it to the police?`,
      (e) => `I saw a comment threatening ${e.full} – have you removed it and reported it?`,
    ],
    building: [(b) => `Someone wrote on Facebook that they're going to burn down ${b.np}. Do the police know?`],
    staff: [(s) => `How are you protecting ${s.np} when people write that they'll shoot them? Have you reported the threats?`],
  },

  // -------------------------------------------------------------- questions
  question_real: {
    role: [
      (r) => `Hi! What's the salary for ${job(r)}?`,
      (r) => `When is the application deadline for ${job(r)}?`,
      (r) => `How do I apply for ${job(r)}, through Varbi or by email?`,
      (r) => `Is ${job(r)} permanent or a temporary cover?`,
      (r) => `Can I apply for ${job(r)} if my degree is from outside the EU?`,
    ],
    fixed: [
      'Is there parking near city hall if I come in for an interview?',
      'Is there bike parking at the main entrance?',
      'How long is the probation period with you?',
    ],
  },
  question_rhetorical: {
    city: [
      (c) => `Who exactly ${agr(c, 'does', 'does', 'do')} ${c.np} think ${agr(c, 'it is', 'it is', 'they are')} fooling with this?`,
      (c) => `How hard can it be for ${c.np} to answer the phone?`,
      (c) => `Is this really the best ${c.np} can do? Pathetic.`,
      (c) => `And who pays for ${c.gen} party? Us taxpayers as usual, right?`,
    ],
    fixed: ['Who do you think you are fooling?', 'Do you seriously think anyone believes this?', 'How long are we taxpayers supposed to fund this circus?'],
  },
  question_with_threat: {
    employee: [
      (e) => `What time does ${e.full} finish today? I'll be waiting outside with a baseball bat.`,
      (e) => `Where does ${e.full} live? I'm going to go over there and beat ${e.him} to death.`,
      (e) => `Which entrance does ${e.full} use in the morning? Want to make sure the bullet hits.`,
    ],
    building: [(b) => `How many people work ${b.at} on Fridays? Want to know how many burn when I light it up.`],
  },

  // ------------------------------------------------------------------ spam
  spam_crypto: {
    gen: (c) =>
      ['Bitcoin', 'Ethereum', 'USDT', 'Solana', 'XRP', 'Dogecoin'].flatMap((coin) => [
        `💰 I made $${c.pick(['4,800', '7,550', '12,000'])} in one week with ${coin}! My mentor will help you, message on WhatsApp +44 7700 900${c.pick(['123', '456', '789'])}`,
        `Tired of your council salary? Invest in ${coin} with Crypto Coach Emma 👉 https://fast-${coin.toLowerCase()}-profit.xyz/join`,
        `Want financial freedom? 🚀 ${coin} pays 300% in 30 days. DM me "INFO" now!`,
        `Thank you ${c.pick(['@Mary Linden', '@Andrew Crypto', '@Sandra Trading'])} for changing my life with ${coin} trading!!! Contact her directly, she is legit 🙏🙏`,
      ]),
  },
  spam_income: {
    gen: (c) =>
      ['$2,500', '$4,000', '$350', '$6,000', '$1,200', '$800'].flatMap((amt) => [
        `Earn ${amt} a week from home! No experience needed. Read more: https://workfromhome-now.site/start`,
        `I quit my job and now make ${amt} a week online 😍 Reply "YES" and I'll tell you how.`,
        `Side hustle from your sofa, ${amt}/week, only 2 hours a day! Link in my profile 👆`,
        `🔥 Don't apply for this job! Make ${amt} a week with my system instead → bit.ly/rich-at-home`,
      ]),
  },
  spam_follow: {
    fixed: [
      'Follow me and I follow back! 🔁 #followforfollow',
      'Check out my profile and like my latest post, I like back!',
      'F4F? Comment "YES" and I will follow you right away 💯',
      'Check my profile!!! Check my profile!!! Check my profile!!!',
      'Like and share to get 500 new followers in one day ✅✅✅',
      'Want more LinkedIn connections? Type "CONNECT" below and I will add you 🤝',
      'Connect with me! I accept everyone 🙌 #opentoconnect',
      'LIKE LIKE LIKE 👍👍👍 follow me for more tips!!!',
      'Visit my page and follow for daily motivational quotes 💪 link in bio',
      'Help me reach 10,000 followers! Follow me and I follow everyone back 🙏',
      'Comment on my latest post and I will do the same on yours 🔄',
      'New here! Follow me and I will follow you, let’s help each other 🤗 #followforfollow #linkedin',
      'Follow my page Career Hacks Daily for more jobs like this!! 👉👉',
      'Subscribe to my newsletter and get 50 job tips free!!! Link in profile',
      'Who wants to swap follows? Drop a 🔁 and I will sort it',
      'Repost if you agree! And follow me for more 🔁🔁',
      'Comment "INTERESTED" and I will DM you a link 📩',
      'Follow for follow, like for like, no nonsense 😎',
      'Boost your profile! I like all your posts if you like mine 💫',
      'Click my profile and hit follow, thanks in advance!!! 🙏🙏🙏',
      'Hi all! I follow back within 24 hours, promise! ✔️',
      'Check my latest videos and subscribe 🎥🎥 https://youtube.com/@careerhacks',
    ],
  },

  // --------------------------------------------------------- personal data
  pd_personnummer: {
    gen: (c) =>
      EN.employees.flatMap((e) => [
        `${cap(e.full)}'s personal identity number is ${c.personnummer()}, in case anyone wonders who you're dealing with.`,
        `Here's the personnummer of ${e.full}: ${c.personnummer()}. Look it up yourselves.`,
        `My neighbour Lena Ek (${c.personnummer()}) works for you, can you say hi?`,
      ]),
  },
  pd_phone: {
    gen: (c) =>
      EN.employees.flatMap((e) => [
        `The private number of ${e.full} is ${c.phone()}, ${e.he} answers in the evenings.`,
        `If you want to reach ${e.full} directly: ${c.phone()} (private mobile)`,
        `Call ${e.full} on ${c.phone()}, you'll get an answer faster than through the switchboard.`,
      ]),
  },
  pd_address: {
    gen: (c) =>
      EN.employees.flatMap((e) => [
        `${cap(e.full)} lives at ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)} in Helsingborg, the red house with the white gate.`,
        `Home address of ${e.full}: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, 25${2 + Math.floor(c.rng() * 5)} ${20 + Math.floor(c.rng() * 79)} Helsingborg.`,
        `For anyone who wants to send ${e.full} a private letter: ${c.pick(STREETS)} ${1 + Math.floor(c.rng() * 60)}, flat 1102.`,
      ]),
  },
  pd_health: {
    employee: [
      (e) => `Did you know ${e.full} is on sick leave for burnout and depression? That's why everything takes so long.`,
      (e) => `${cap(e.full)} has been diagnosed with cancer and is having surgery in March, send good thoughts ❤️`,
      (e) => `${cap(e.full)} was admitted to the psychiatric ward last spring, everyone at the office knows.`,
      (e) => `${cap(e.full)} is on antidepressants, so don't expect quick decisions.`,
    ],
  },
  pd_own_contact: {
    gen: (c) =>
      EN.roles.flatMap((r): Out[] => [
        `Hi! I'm interested in ${job(r)}. Could someone call me on ${c.phone()}?`,
        `I applied for the ${r} job but haven't heard back. You can reach me on ${c.phone()} after 4pm, could you get in touch?`,
        `Who can I talk to about an internship as ${/^[aeiou]/i.test(r) ? 'an' : 'a'} ${r}? Feel free to call me on ${c.phone()} /${c.pick(EN.firstNames)}`,
      ]),
  },

  // -------------------------------------------------------- misinformation
  misinfo_claim: {
    fixed: CLAIMS.flatMap((cl) => [
      `Share this: ${cl}. The media are silent!`,
      `It's now confirmed that ${cl}. Wake up, people!`,
      `You can't hide the truth any longer – ${cl}.`,
      `My cousin works at city hall and says ${cl}. Think about it.`,
    ]),
  },
  misinfo_link: {
    fixed: CLAIMS.flatMap((cl, i) => [
      `${cap(cl)}. The proof is here: ${FAKE_LINKS[i % FAKE_LINKS.length]}`,
      `Read it before they delete it: ${FAKE_LINKS[(i + 1) % FAKE_LINKS.length]} – ${cl}!`,
      `${FAKE_LINKS[(i + 2) % FAKE_LINKS.length]} ← everything about how ${cl}`,
    ]),
  },
  misinfo_rumour_question: {
    fixed: CLAIMS.flatMap((cl) => [
      `Is it true that ${cl}? Saw it on Facebook.`,
      `Someone told me ${cl}. Is that right? Sounds odd but I'd like to know.`,
      `People are claiming ${cl}. Can you confirm or deny?`,
    ]),
  },
};
