"""Boilerplate paragraphs that outlets append to every article.

Unrelated articles from one outlet share these verbatim; a reuse engine
must not take them for reuse.
"""

HT_ABOUT = ("About the Harbour Times: The Harbour Times has reported on Hollinsford "
            "and the western coast since 1911. It is owned by the Quayside Trust, an "
            "independent charity, and is funded by its readers. Corrections can be sent "
            "to the standards desk at standards@harbourtimes.example, and we aim to reply "
            "within two working days.")

FD_BACKGROUND = ("Background: Fighting between the Dorsk Federation and Talvania began in "
                 "March 2023, when Dorsk troops crossed the Ardava river at three points. "
                 "Both governments have since accused each other of striking civilian "
                 "infrastructure, and neither allows independent monitors free access to "
                 "the front line. Frontline Digest cannot independently verify claims made "
                 "by either army.")

HW_DISCLAIMER = ("This article is for general information only and does not replace advice "
                 "from a doctor, pharmacist or other qualified health professional. If you "
                 "are worried about your health, contact your GP surgery, or call the "
                 "Wellbeing Line on 0800 555 0199 at any time of the day or night.")

PRWIRE_NOTICE = ("PRWire distributes this announcement on behalf of the issuing organisation "
                 "and has not independently verified the statements it contains. "
                 "Forward-looking statements reflect the issuer's expectations at the date "
                 "of release and may differ materially from actual results. Questions about "
                 "the content should be directed to the media contact named above.")

SCOOP_TIPS = ("Got a story? The Scoop pays for exclusive tips, pictures and video. Email "
              "newsdesk@thescoop.example or message our tips line on 07700 900 512, and a "
              "member of our team will get back to you. We never reveal our sources.")
