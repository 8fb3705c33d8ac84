"""Audio for commune loudspeakers (truyền thanh cơ sở): pages read aloud by a speech
engine, podcast feeds (``delivery.feeds.podcast``) and weekly bulletins joined into one
MP3 for loudspeaker operators."""
