"""Guided-imagery scripts written for Resilience (original text; no outside source).

Each script is a title and its sections, shown one at a time at a slow,
readable pace. Plain words, second person, no promises of cure.
"""

SAFE_PLACE = ("A safe place", (
    "Let yourself settle where you are. Let your feet rest on the floor and your hands "
    "rest wherever they are comfortable. If you like, close your eyes, or let your gaze "
    "soften on a spot in front of you.",
    "Take a slow breath in, and a longer breath out. Nothing needs to happen right now. "
    "For these few minutes there is nowhere else to be.",
    "Picture a place where you feel safe and at ease. It can be somewhere you have been, "
    "somewhere you have only imagined, or a mix of both. Let it come without forcing it.",
    "Notice what you see there. The light, the colours, the shapes near you and further "
    "away. Let the picture fill in slowly, one detail at a time.",
    "Notice the sounds of this place, or its quiet. Notice the air on your skin: warm or "
    "cool, still or moving. Notice what is under your feet or your hands.",
    "In this place, no one asks anything of you. You can simply be here. Let your "
    "shoulders drop a little. Let your jaw loosen.",
    "If a worry drifts in, notice it kindly and let it pass, like a cloud crossing the "
    "sky. Then come back to the details of your safe place.",
    "Choose a small thing in this place to remember it by: a colour, a sound, a word. "
    "You can come back here whenever you need, just by calling that thing to mind.",
    "When you are ready, take a deeper breath. Feel the chair or floor beneath you, hear "
    "the room around you, and open your eyes in your own time.",
))

WALK_BY_THE_SEA = ("A walk by the sea", (
    "Find a comfortable way to sit. Let your breathing find its own easy rhythm. If it "
    "feels right, close your eyes.",
    "Imagine you are standing at the top of a path that leads down to the sea. The day is "
    "mild. You can smell salt in the air and hear the waves before you see them.",
    "You walk slowly down the path. Each step is unhurried. The ground changes under your "
    "feet from earth to soft sand.",
    "Now the beach opens out in front of you. The water stretches to the horizon. Watch "
    "the waves roll in, break, and slide back out again.",
    "Let your breath follow the waves if you like: breathing in as a wave gathers, "
    "breathing out as it spreads across the sand and draws back.",
    "You walk along the edge of the water. Cool foam runs over your toes and away. Each "
    "time it draws back, imagine it taking a little tension with it.",
    "Gulls call somewhere far off. The wind moves your hair and your clothes. The sun is "
    "warm on your face. There is plenty of time.",
    "Find a spot to sit on the sand and watch the sea for a while. The waves keep coming, "
    "steady and patient, whatever else is happening in your life.",
    "When you are ready, stand up and walk back up the path, carrying some of that "
    "steadiness with you. Feel your body where you are sitting, and open your eyes.",
))

MOUNTAIN_VIEW = ("A mountain view", (
    "Settle into your seat, back upright but not stiff. Let your breath slow down a "
    "little. Close your eyes if you wish.",
    "Imagine you have walked up a gentle trail to a high, open place. You sit down on a "
    "flat, sun-warmed rock. Your legs feel pleasantly tired.",
    "In front of you the land falls away into a wide valley. Far below, a river winds "
    "between fields and trees. Everything looks small and quiet from up here.",
    "Across the valley stands a great mountain. Its base is broad and heavy; its peak "
    "rises clear against the sky. It has stood there for a very long time.",
    "Clouds drift across the mountain and move on. Light and shadow pass over its slopes. "
    "Weather comes and goes, and the mountain stays.",
    "Feel your own body sitting solid and steady, like the mountain. Thoughts and "
    "feelings can pass across you like weather. You do not have to chase them or hold "
    "them.",
    "Breathe in the clean, cool air. Breathe out slowly. Notice how far you can see, and "
    "how much space there is around you.",
    "Take one last look at the valley and the mountain, and keep the feeling of "
    "steadiness. Then let the picture fade, feel the room around you, and open your "
    "eyes when you are ready.",
))

KIND_FRIEND = ("A kind friend", (
    "Sit comfortably and let your body be supported. Take a few slow breaths, letting "
    "each out-breath be a little longer than the in-breath.",
    "Imagine a quiet, pleasant room. Sunlight comes through a window. There is a "
    "comfortable chair for you, and another chair facing it.",
    "Someone kind is coming to sit with you. It may be a person you know, someone from "
    "the past, or an imagined figure who is wise, warm and on your side.",
    "They sit down across from you. Notice their face, their calm way of being. They are "
    "not in a hurry. They are glad to see you, just as you are.",
    "This friend knows what has been hard for you lately. They do not judge. They listen, "
    "and they understand that you are doing your best.",
    "Imagine them saying something kind to you, in their own words. Perhaps: “This is "
    "hard, and you are not alone with it.” Let the words reach you.",
    "If it feels right, say something back to them, or simply sit together in silence. "
    "Notice any warmth or ease in your body.",
    "Before they leave, they give you a small token to keep: a stone, a note, a word. "
    "Hold it in your mind. It is a reminder that kindness is there for you.",
    "Let the room fade gently. Notice your breath, your hands, the surface you are "
    "resting on. Open your eyes when you are ready, bringing some of that kindness with "
    "you.",
))

SCRIPTS = (SAFE_PLACE, WALK_BY_THE_SEA, MOUNTAIN_VIEW, KIND_FRIEND)
