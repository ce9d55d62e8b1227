"""The mock pods' SSH servers: identity, files, shell, SFTP, and the asyncssh listeners.

``gpupods.mock._sshd.SshdStandIns`` is what the clouds use; ``server`` and ``sftp`` import
asyncssh and are loaded only when a pod's sshd first comes up.
"""
