"""The admin screens of citizens' questions: the moderation queue, a question's screen
with the moves its reader may make, the screening of online exchanges, the export, and
the dashboard panel. Who may do what is in ``qa.roles``; the moves in ``qa.moderation``."""
