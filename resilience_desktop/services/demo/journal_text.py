"""Sentence material for demo journal entries (made up, varied, realistic enough
to exercise search, charts and long-list performance)."""

from __future__ import annotations

PEOPLE = ("Sam", "Alex", "Maya", "Jonas", "Priya", "Mum", "Dad", "my sister", "Leo",
          "Grandma", "the neighbours", "Chris", "Fatima", "Tom", "Yuki", "Elena", "Omar",
          "my therapist", "the team", "Nadia", "Ben", "Aunt Rosa", "Kofi", "Ingrid")
PLACES = ("park", "river", "café on the corner", "library", "office", "gym", "pool", "beach",
          "market", "community garden", "forest trail", "old harbour", "bakery", "station",
          "hospital", "museum", "yoga studio", "dance class", "basketball court", "hill")
TOPICS = ("the project deadline", "moving house", "the garden", "money", "my health",
          "the kids' school", "the new job", "the book club", "the trip to Lisbon",
          "the dentist", "the car", "the wedding", "Dad's operation", "the exam",
          "the volunteering shift", "the presentation", "the rent", "my sleep",
          "the neighbours' dog", "the holidays", "the choir concert", "the lease")
ACTIVITIES = ("reading by the window", "cooking a big pot of soup", "cleaning the flat",
              "painting", "playing guitar", "swimming laps", "doing yoga", "gardening",
              "writing letters", "baking bread", "sorting old photos", "knitting",
              "fixing the bike", "walking without my phone", "practising Spanish",
              "playing basketball", "dancing in the kitchen", "doing a puzzle")
GOOD_THINGS = ("the sun came out after lunch", "{person} sent a funny message",
               "I finished a task I had put off for weeks", "the bread turned out well",
               "a stranger held the door and smiled", "I slept eight hours",
               "the walk to the {place} cleared my head", "{person} remembered my birthday",
               "I said no to something I did not want to do", "the tomatoes are ripening",
               "a quiet hour with a good book", "we laughed at dinner",
               "my back did not hurt on the stairs", "I got good feedback on the report")
REASONS = ("I made time for it", "{person} is thoughtful", "I asked for help",
           "I went to bed earlier", "I kept going", "I let myself rest",
           "I planned ahead", "I was paying attention")
HARD_EVENTS = ("The argument with {person} keeps replaying in my head",
               "Got bad news about {topic}", "Could not stop worrying about {topic}",
               "I was left out of the plans again", "The panic came back on the train",
               "Work was overwhelming and I snapped at {person}",
               "I miss {person} more than I expected", "The results about my health were not good",
               "Everything about {topic} went wrong today", "I felt invisible at the {place}")
NEEDS = ("sleep", "a long walk", "to talk to {person}", "to be kind to myself",
         "a day with nothing planned", "to ask for help", "to breathe slowly for a while",
         "to write it all down")
HELPERS = ("talking it through with {person}", "walking every morning",
           "writing here most evenings", "the breathing exercises", "going to the {place}",
           "saying out loud what I felt", "getting enough sleep", "the book club",
           "giving it time", "asking for help sooner")
LESSONS = ("asking for help is not weakness", "the first feeling is not the whole story",
           "I can get through more than I think", "small routines hold me up",
           "I do not have to fix everything today", "people want to help when I let them",
           "moving my body changes my mood", "naming the feeling makes it smaller")
SUPPORT = ("listening without judging", "bringing food round", "checking in every day",
           "making me laugh", "coming with me to the appointment", "sending a long letter")

OPENERS = {
    "free": ("Slow start to the day.", "Woke up early and could not get back to sleep.",
             "Long day.", "A quiet day, mostly at home.", "Busy morning, calmer evening.",
             "Rain all day.", "Bright cold morning.", "Back to the usual routine.",
             "Not much to report today.", "Today felt longer than it was."),
    "gratitude": ("Three good things today.", "Good things, big and small:",
                  "Writing down what went well."),
    "hard_time": ("Today was hard.", "A rough day.", "I need to get this out of my head.",
                  "Not a good day.", "Writing this because I promised myself I would."),
    "growth": ("Looking back at the last months.", "Thinking about how far I have come.",
               "A reflection on a hard stretch."),
}
MIDDLE = ("Had lunch with {person} at the {place}.", "Walked to the {place} for {n} minutes.",
          "Spent the afternoon {activity}.", "{person} called about {topic}.",
          "I keep thinking about {topic}.", "The meeting about {topic} ran over again.",
          "Felt {emotion} when {person} mentioned {topic}.", "Went to the {place} with {person}.",
          "In the evening I tried {activity} and it helped a little.",
          "Slept badly, woke up {emotion}.", "Made dinner for {person}; we talked about {topic}.",
          "Noticed I was {emotion} most of the morning.", "Did {n} minutes of breathing before bed.",
          "Finally sorted out {topic}.", "{person} and I laughed about {topic}.",
          "Tired, but the walk along the {place} was worth it.",
          "I want to spend more time {activity}.", "Work left me feeling {emotion}.",
          "Texted {person} to say thank you.", "Read a few chapters at the {place}.")
TITLES = ("A quiet Sunday", "Walk by the {place}", "Deadline week", "{person}",
          "About {topic}", "Small wins", "Rainy thoughts", "Before bed", "Morning pages",
          "What I noticed", "Weekend", "Letting go", "Catching up", "Notes to self",
          "After the {place}", "Good news", "Heavy day", "Three good things", "Reset")
