"""The frozen app's entry point (build.spec): the same ``main`` as the ``wic-desk`` command.

PyInstaller runs a script, not a console-script entry point, so this is the script.
"""

import multiprocessing
import sys

from wic_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    sys.exit(main())
